/**
 * A compact SLDS-like stylesheet, served by the emulator at /slds/emulator.css (no CDN): enough of the
 * Lightning look (header, banners, nav bar, record header, 2-column sections, cards, modals, toasts,
 * buttons, grid, spinner) that pages look like Lightning in --headed mode. Colours from SLDS tokens.
 */
export const SLDS_STYLESHEET = `
:root{--brand:#0176d3;--brand-dark:#014486;--border:#dddbda;--text:#181818;--weak:#747474;--bg:#f3f3f3}
*{box-sizing:border-box}
body{font-family:-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;font-size:13px;color:var(--text);background:#b0c4df linear-gradient(#1b5f9e 0,#b0c4df 220px) no-repeat;margin:0;min-height:100vh}
a{color:var(--brand);text-decoration:none}a:hover{text-decoration:underline}
#oneHeader{background:#fff;box-shadow:0 2px 2px rgba(0,0,0,.1);position:sticky;top:0;z-index:50}
.oneSystemMessage .system-message{background:#0176d3;color:#fff;padding:6px 16px;display:flex;justify-content:center;gap:8px;font-size:13px}
.oneSystemMessage .action-link{color:#fff;text-decoration:underline}
.slds-global-header{display:flex;align-items:center;justify-content:space-between;height:50px;padding:0 16px;border-bottom:1px solid var(--border)}
.slds-global-header__logo{width:46px;height:32px;border-radius:16px;background:radial-gradient(circle at 30% 60%,#00a1e0 40%,transparent 41%),radial-gradient(circle at 65% 45%,#00a1e0 45%,transparent 46%)}
.slds-global-header__item_search .slds-input{width:480px;border-radius:4px}
.slds-global-actions{list-style:none;margin:0;padding:0;display:flex;gap:8px}
.slds-avatar{display:inline-flex;align-items:center;justify-content:center;width:32px;height:32px;border-radius:50%;background:#032d60;color:#fff;font-size:12px}
.profileTrigger summary{list-style:none;cursor:pointer}
.oneUserProfileCard{position:absolute;right:16px;background:#fff;border:1px solid var(--border);border-radius:4px;padding:12px;box-shadow:0 2px 8px rgba(0,0,0,.2)}
.slds-context-bar{display:flex;align-items:center;gap:24px;height:40px;padding:0 16px;background:#fff;border-bottom:3px solid var(--brand)}
.slds-context-bar ul{list-style:none;display:flex;gap:4px;margin:0;padding:0}
.slds-context-bar__label-action{display:block;padding:10px 12px;color:var(--text)}
.slds-context-bar__item.slds-is-active{border-bottom:3px solid var(--brand)}
.slds-template__container{padding:12px}
.slds-page-header{background:#f3f3f3;border:1px solid var(--border);border-radius:4px;padding:12px 16px;box-shadow:0 2px 2px rgba(0,0,0,.1);margin-bottom:12px}
.slds-page-header_record-home{background:#fff}
.primaryFieldRow{display:flex;align-items:center;gap:12px}
.primaryFieldRow .slds-media__body{flex:1}
.record-icon{display:inline-block;width:32px;height:32px;border-radius:4px;background:#f88962}
.slds-icon-standard-account{background:#7f8de1}.slds-icon-standard-contact{background:#a094ed}.slds-icon-standard-opportunity{background:#fcb95b}
.entityNameTitle{font-size:12px;color:var(--weak)}
.slds-page-header__title{font-size:18px;font-weight:700;margin:0}
.slds-page-header__detail-row{display:flex;gap:32px;margin-top:12px;padding-top:12px;border-top:1px solid var(--border)}
.slds-text-title{font-size:12px;color:var(--weak);margin:0 0 2px}
.fieldComponent{margin:0}
.slds-button-group-row{list-style:none;display:flex;margin:0;padding:0}
.slds-button-group-row .slds-button{border-radius:0;margin-left:-1px}
.slds-button-group-row li:first-child .slds-button{border-radius:4px 0 0 4px}.slds-button-group-row li:last-child .slds-button{border-radius:0 4px 4px 0}
.slds-button{font:inherit;cursor:pointer;border:1px solid transparent;background:transparent;border-radius:4px;padding:0 16px;line-height:30px;color:var(--brand)}
.slds-button_neutral{background:#fff;border-color:var(--border)}.slds-button_neutral:hover{background:#f3f3f3}
.slds-button_brand{background:var(--brand);border-color:var(--brand);color:#fff}.slds-button_brand:hover{background:var(--brand-dark)}
.slds-button_icon-bare{padding:0 4px;line-height:20px;color:var(--weak);opacity:.35}
.slds-hint-parent:hover .slds-button_icon-bare{opacity:1}
.slds-tabs_default{display:block;background:#fff;border:1px solid var(--border);border-radius:4px;padding:0 16px 16px}
.slds-tabs_default__nav{list-style:none;display:flex;gap:24px;margin:0 0 12px;padding:0;border-bottom:1px solid var(--border)}
.slds-tabs_default__link{display:block;padding:12px 0;color:var(--text)}
.slds-tabs_default__item.slds-is-active .slds-tabs_default__link{box-shadow:inset 0 -2px 0 var(--brand);font-weight:700}
.slds-hide,[hidden]{display:none!important}
.slds-section{margin-bottom:12px}
.slds-section__title{margin:0;font-size:14px}
.slds-section__title-action,.slds-section__title.slds-theme_shade{display:block;width:100%;text-align:left;background:#f3f3f3;color:var(--text);padding:4px 8px;border-radius:4px;font-weight:400}
.slds-form__row,.slds-grid{display:flex}.slds-wrap{flex-wrap:wrap}
.slds-form__item-cell,.slds-size_1-of-2{width:50%;padding:0 12px}.slds-size_1-of-1{width:100%;padding:0 12px}
.slds-form-element{padding:4px 0}
.slds-form-element_horizontal,.slds-form-element_readonly{border-bottom:1px solid var(--border)}
.slds-form-element__label{display:block;font-size:12px;color:var(--weak);margin-bottom:2px}
fieldset.slds-form-element{border:0;padding:0;margin:0;min-width:0}
.slds-form-element__control{display:flex;align-items:center;min-height:22px;gap:4px}
.slds-form-element__static{flex:1}
.slds-form-element__help{color:#ba0517;font-size:12px;margin-top:2px}
.slds-has-error .slds-input,.slds-has-error .slds-input_faux{border:2px solid #ba0517}
.slds-required{color:#ba0517;text-decoration:none;margin-right:2px}
.slds-input,.slds-textarea,.slds-input_faux{font:inherit;width:100%;border:1px solid #c9c9c9;border-radius:4px;padding:0 12px;line-height:30px;min-height:32px;background:#fff;text-align:left}
.slds-textarea{line-height:1.5;padding:6px 12px}
.slds-combobox_container,.slds-combobox{position:relative;width:100%}
lightning-combobox,lightning-lookup{display:block;width:100%}
.slds-form-element_compound{border:0;padding:0;margin:0;display:flex;gap:8px;width:100%}.slds-form-element_compound>.slds-form-element{flex:1}
.slds-dropdown{position:absolute;z-index:60;left:0;right:0;background:#fff;border:1px solid var(--border);border-radius:4px;box-shadow:0 2px 8px rgba(0,0,0,.16);max-height:220px;overflow:auto;padding:4px 0}
lightning-base-combobox-item{display:block;padding:6px 12px;cursor:pointer}lightning-base-combobox-item:hover{background:#f3f3f3}
lightning-base-combobox-item[aria-checked="true"]{font-weight:700}
.slds-dueling-list{display:flex;align-items:center;gap:8px}.slds-dueling-list__column{display:flex;flex-direction:column;gap:4px}.slds-dueling-list__column_responsive{flex:1}.slds-dueling-list__options{border:1px solid var(--border);border-radius:4px;min-height:96px;background:#fff}.slds-dueling-list__options ul{list-style:none;margin:0;padding:4px 0}.slds-dueling-list .slds-listbox__option{padding:2px 8px;cursor:pointer}.slds-dueling-list .slds-listbox__option.slds-is-selected{background:#d8edff}
.slds-rich-text-editor{border:1px solid var(--border);border-radius:4px;background:#fff}.slds-rich-text-editor__toolbar{min-height:8px;border-bottom:1px solid var(--border)}.ql-editor{min-height:4.5rem;padding:6px 12px;outline:none}.ql-editor p,lightning-formatted-rich-text p{margin:0}
.slds-docked-form-footer{display:flex;justify-content:center;gap:8px;padding:8px;background:#f3f3f3;border-top:1px solid var(--border);width:100%}
.inline-editing{flex-wrap:wrap}.inline-editing .slds-form-element__control{flex-direction:column;align-items:stretch}
.slds-card{background:#fff;border:1px solid var(--border);border-radius:4px;margin:0 0 12px;box-shadow:0 2px 2px rgba(0,0,0,.1);width:100%}
.slds-card__header{padding:12px 16px 0}.slds-card__header-title{font-size:14px;margin:0}
.slds-card__header-link{color:var(--text);font-weight:700}.countText{margin-left:4px;font-weight:400}
.slds-card__body{padding:8px 16px}.slds-card__footer{display:block;text-align:center;padding:8px;border-top:1px solid var(--border)}
.slds-table{width:100%;border-collapse:collapse}.slds-table th,.slds-table td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--border)}
.slds-table thead th{background:#f3f3f3;font-size:12px;color:var(--weak);font-weight:400}
.modal-container{position:fixed;inset:0;z-index:90}
.slds-modal{position:fixed;inset:0;z-index:92;display:flex;align-items:center;justify-content:center}
.slds-modal__container{position:relative;width:min(960px,90vw);max-height:90vh;display:flex;flex-direction:column}
.slds-modal__header{background:#fff;border-radius:4px 4px 0 0;padding:16px;text-align:center;border-bottom:1px solid var(--border)}
.slds-modal__title{font-size:20px;font-weight:400;margin:0}
.slds-modal__content{background:#fff;padding:16px;overflow:auto}
.slds-modal__footer{background:#f3f3f3;border-radius:0 0 4px 4px;padding:12px 16px;display:flex;justify-content:flex-end;gap:8px;border-top:1px solid var(--border)}
.slds-modal__close{position:absolute;top:-40px;right:0;color:#fff;font-size:20px}
.slds-backdrop{position:fixed;inset:0;background:rgba(8,7,7,.6);z-index:91}
.required-legend{text-align:right;font-size:12px;color:var(--weak);margin-bottom:8px}
.slds-popover_error{border:1px solid var(--border);border-radius:4px;margin-bottom:12px;box-shadow:0 2px 8px rgba(0,0,0,.16)}
.slds-popover_error .slds-popover__header{display:block;background:#ba0517;color:#fff;padding:8px 12px;border-radius:4px 4px 0 0}
.slds-popover_error h2{font-size:16px;margin:0}.slds-popover__body{padding:8px 12px;background:#fff}
.errorsList{margin:4px 0 0;padding-left:18px;color:#ba0517}
.forceVisualMessageQueue{position:fixed;top:100px;left:0;right:0;display:flex;justify-content:center;z-index:100;pointer-events:none}
.forceToastMessage{pointer-events:auto;display:flex;align-items:center;gap:16px;min-width:480px;padding:12px 16px;border-radius:4px;color:#fff;background:#444;box-shadow:0 2px 8px rgba(0,0,0,.3)}
.forceToastMessage.slds-theme_success{background:#2e844a}.forceToastMessage.slds-theme_error{background:#ba0517}
.toastTitle{font-weight:700;font-size:16px}.toastMessage{font-size:16px}.toastClose{color:#fff;margin-left:auto}
.slds-spinner_container{position:fixed;inset:0;display:flex;align-items:center;justify-content:center;background:rgba(255,255,255,.5);z-index:40}
.slds-spinner{width:32px;height:32px;border:4px solid #d8e6fe;border-top-color:var(--brand);border-radius:50%;animation:slds-spin 0.8s linear infinite}
@keyframes slds-spin{to{transform:rotate(360deg)}}
.slds-assistive-text{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.forceChangeRecordType fieldset{border:0;padding:0;margin:0}
.forceChangeRecordType .slds-form-element__control{display:block}
.changeRecordTypeRow{display:flex;gap:16px;padding:10px 0;border-bottom:1px solid var(--border, #e5e5e5)}
.changeRecordTypeOptionLeftColumn{width:40%}
.slds-radio,.slds-checkbox{display:inline-flex;align-items:center;gap:6px}
.slds-radio__label,.slds-checkbox__label{display:inline-flex;align-items:center;gap:6px}
.forceVirtualCheckbox input{position:absolute;width:1px;height:1px;opacity:0}
.forceVirtualCheckbox .slds-checkbox--faux{display:inline-block;width:14px;height:14px;border:1px solid #c9c9c9;border-radius:2px;background:#fff;cursor:pointer}
.forceVirtualCheckbox input:checked+.slds-checkbox--faux{background:#0176d3;border-color:#0176d3}
.uiVirtualDataTable tr.selected{background:#f3f3f3}
.forceRecordEditAssignmentRules{padding:12px 0}
.slds-icon-waffle{display:grid;grid-template-columns:repeat(3,4px);gap:3px;padding:4px}
.slds-icon-waffle span{width:4px;height:16px;background:repeating-linear-gradient(#706e6b 0 4px,transparent 4px 6px)}
.slds-icon-waffle_container{background:none;border:0;cursor:pointer;display:flex;align-items:center}
.slds-context-bar__primary,.slds-context-bar__dropdown-trigger{display:flex;align-items:center;gap:8px}
.appName{font-size:16px;margin:0 12px 0 0;padding:0}
.navCenter .slds-grid{display:flex}
.appLauncherMenuPopover{position:fixed;top:118px;left:12px;z-index:60;width:360px;background:#fff;border:1px solid var(--border);border-radius:4px;box-shadow:0 2px 8px rgba(0,0,0,.2)}
.appLauncherApps,.appLauncherItems,.slds-accordion,.appTiles{list-style:none;margin:0;padding:0}
.appLauncherLink{display:flex;align-items:center;gap:8px;padding:4px 8px}.slds-p-around_small{padding:8px}
.slds-accordion__summary-action{background:none;border:0;font-size:16px;font-weight:700;padding:8px 0}
.appTiles{display:flex;flex-wrap:wrap;gap:12px}.appTiles .slds-app-launcher__tile{display:flex;gap:8px;border:1px solid var(--border);border-radius:4px;padding:12px;width:240px}
.slds-breadcrumb{list-style:none;margin:0;padding:0}.slds-list_horizontal{display:flex}.slds-breadcrumb__item+.slds-breadcrumb__item::before{content:">";margin:0 6px;color:var(--weak,#706e6b)}.slds-breadcrumb h1,.slds-page-header__name-title{margin:0;font-size:inherit;display:inline}.listViewPicker{display:flex;align-items:center;gap:4px;position:relative}.listViewPickerPopup{position:absolute;top:100%;left:0;z-index:30;min-width:300px;background:#fff;border:1px solid var(--border);border-radius:4px;box-shadow:0 2px 8px rgba(0,0,0,.2);padding:8px}.listViewPickerOptions{position:static;box-shadow:none;border:0}.listViewPickerOptions ul{list-style:none;margin:0;padding:0}.slds-listbox__item{display:block;padding:4px 8px;cursor:pointer}.slds-page-header__title{font-size:18px;font-weight:700}
.listViewManagerHeaderControls{display:flex;align-items:center;gap:12px;margin-top:8px}
.slds-table{width:100%;border-collapse:collapse;background:#fff}.slds-table th,.slds-table td{border-bottom:1px solid var(--border);padding:6px 8px;text-align:left}
`;
