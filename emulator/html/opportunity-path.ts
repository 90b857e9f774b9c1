import { fieldAccess } from '../model/access';
import type { OrgState, OrgUser } from '../model/org-state';
import { picklistSubset } from '../model/record-types';
import type { SObjectType } from '../model/sobject-type';
import type { Row } from '../model/store';
import type { PathDefinition } from '../org/schema-navigation';
import { fieldOutput } from './field-output';
import { lwc } from './lwc';
import { html, type SafeHtml, trusted } from './safe-html';

/**
 * Path for an object with a `paths:` entry, e.g. Opportunity.StageName, as the LWC Path a Spring '25 record
 * page shows (salesforce-pageobjects runtime_sales/path, pathTrack, pathTrackScroller, pathStep, pathBody,
 * pathFields, pathGuidance: their roots; how they nest inside one another is unconfirmed). Stages:
 * open stages, then one "Closed" step that shows the closed stage once the record is won or lost;
 * key fields and guidance per stage underneath (shown expanded here; real Path remembers the toggle).
 */
export function pathFor(state: OrgState, type: SObjectType): PathDefinition | undefined {
  return state.definition.paths.find((path) => path.object === type.name);
}

export interface PathStages {
  open: string[];
  closed: string[];
  won: boolean;
  lost: boolean;
}

/**
 * The stages of the record's record type: one path per record type (Metadata API PathAssistant,
 * docs/salesforce-facts.md#path), showing that record type's values of the stage field (unconfirmed wording).
 */
export function pathStages(state: OrgState, type: SObjectType, path: PathDefinition, row: Row): PathStages {
  const current = String(row[path.field] ?? '');
  const values = picklistSubset(state, type, row, path.field) ?? type.field(path.field)?.picklistValues ?? [];
  const closed = [...path.closedWon, ...path.closedLost];
  return {
    open: values.filter((value) => !closed.includes(value)),
    closed: values.filter((value) => closed.includes(value)),
    won: path.closedWon.includes(current),
    lost: path.closedLost.includes(current),
  };
}

export function opportunityPath(state: OrgState, user: OrgUser, type: SObjectType, row: Row): SafeHtml {
  const path = pathFor(state, type);
  const field = path ? type.field(path.field) : undefined;
  if (!path || !field || fieldAccess(user, type, field) === 'none') return html``;
  const current = String(row[field.name] ?? '');
  const stages = pathStages(state, type, path, row);
  const isClosed = stages.won || stages.lost;
  const currentIndex = stages.open.indexOf(current);
  const items = stages.open.map((stage, index) => {
    const stepClass =
      isClosed || index < currentIndex
        ? 'slds-is-complete'
        : index === currentIndex
          ? 'slds-is-current slds-is-active'
          : 'slds-is-incomplete';
    return pathItem(stage, stage, stepClass, index === currentIndex && !isClosed, false);
  });
  // Lost: the closed step is marked lost, earlier steps stay complete (SLDS path "lost" state; unconfirmed detail).
  const closedClass = stages.won
    ? 'slds-is-current slds-is-active slds-is-won'
    : stages.lost
      ? 'slds-is-current slds-is-active slds-is-lost'
      : 'slds-is-incomplete';
  items.push(pathItem(isClosed ? current : 'Closed', 'Closed', closedClass, isClosed, true));
  const nextIsClosed = !isClosed && currentIndex === stages.open.length - 1;
  const mode = isClosed ? 'change' : 'complete';
  const label = isClosed ? 'Change Closed Stage' : 'Mark Stage as Complete';
  // The closed step shows the key fields and guidance of the closed stage reached, if any.
  const panels = [...stages.open, 'Closed'].map((stage) =>
    stagePanel(
      state,
      user,
      type,
      row,
      path,
      stage,
      isClosed ? stage === 'Closed' : stage === current,
      stage === 'Closed' && isClosed ? current : stage,
    ),
  );
  const track = lwc(
    'runtime_sales_pathassistant-path-track',
    '',
    html`${trusted(PATH_STYLE)}<div class="slds-grid slds-path__track">
  <div class="slds-grid slds-path__scroller-container">${lwc(
    'runtime_sales_pathassistant-path-track-scroller',
    '',
    html`${trusted(PATH_STYLE)}<div class="slds-path__scroller"><div class="slds-path__scroller_inner"><ul class="slds-path__nav" role="listbox" aria-orientation="horizontal" aria-label="Path Options">${items}</ul></div></div>`,
  )}</div>
  <div class="slds-grid slds-path__action">
    <span class="slds-path__stage-name">Stage: ${current}</span>
    <button type="button" class="slds-button slds-button_brand slds-path__mark-button slds-path__mark-complete" data-mode="${mode}" data-default-mode="${mode}" data-next-closed="${nextIsClosed}"><span class="buttonLabel">${label}</span></button>
  </div>
</div>`,
  );
  const body = lwc(
    'runtime_sales_pathassistant-path-body',
    '',
    html`${trusted(PATH_STYLE)}<div class="slds-path__content" id="path-coaching">${panels}</div>`,
  );
  return lwc(
    'runtime_sales_pathassistant-path',
    html`data-closed="${isClosed}" data-object="${type.name}" data-record-id="${row.Id}"`,
    html`${trusted(PATH_STYLE)}<div class="slds-path slds-path_has-coaching">${track}${body}</div>
<form class="pathStageForm" method="POST" action="/lightning/r/${type.name}/${row.Id}/path" hidden>
  <input type="hidden" name="stage" value="${current}"><input type="hidden" name="action" value="complete">
</form>
<!-- The closed-stage dialog: stage select and Done as salesforce-pageobjects runtime_sales/pathClosedStageModal declares them. -->
<template class="pathClosedDialogTemplate"><section class="slds-modal slds-fade-in-open pathClosedDialog" role="dialog" aria-modal="true" aria-labelledby="path-closed-heading">
  <div class="slds-modal__container">
    <header class="slds-modal__header">
      <button type="button" class="slds-button slds-button_icon slds-modal__close pathDialogCancel" title="Close"><span class="slds-assistive-text">Close</span></button>
      <h2 id="path-closed-heading" class="slds-modal__title slds-hyphenate">Close This ${type.label}</h2>
    </header>
    <div class="slds-modal__content slds-p-around_medium runtime_sales_pathassistantPathAssistantStepClosed">
      <div class="slds-form-element"><label class="slds-form-element__label" for="path-closed-stage"><abbr class="slds-required" title="required">*</abbr>${field.label}</label>
        <div class="slds-form-element__control"><div class="slds-select_container"><select id="path-closed-stage" class="slds-select uiInput uiInputSelect" name="closedStage">${stages.closed.map(
          (stage) => html`<option value="${stage}" ${stage === current ? 'selected' : ''}>${stage}</option>`,
        )}</select></div></div>
      </div>
    </div>
    <footer class="slds-modal__footer">
      <button type="button" class="slds-button slds-button_neutral pathDialogCancel">Cancel</button>
      <button type="button" class="slds-button slds-button_brand uiButton--default pathDialogDone">Done</button>
    </footer>
  </div>
</section></template>`,
  );
}

function pathItem(
  title: string,
  stage: string,
  classes: string,
  selected: boolean,
  closed: boolean,
): SafeHtml {
  const assistive = classes.includes('slds-is-complete')
    ? 'Stage Complete'
    : classes.includes('slds-is-current')
      ? 'Current Stage:'
      : '';
  // One runtime_sales_pathassistant-path-step per stage (runtime_sales/pathStep: link and label in its shadow).
  return lwc(
    'runtime_sales_pathassistant-path-step',
    html`role="presentation" data-stage="${stage}"`,
    html`${trusted(PATH_STYLE)}<li class="slds-path__item ${classes}" role="presentation" data-stage="${stage}" data-closed="${closed}">
  <a class="slds-path__link" href="#" role="option" aria-selected="${selected}" tabindex="${selected ? 0 : -1}" title="${title}">
    <span class="slds-path__stage"><span class="slds-assistive-text">${assistive}</span></span>
    <span class="slds-path__title" data-label="${title}">${title}</span>
  </a>
</li>`,
  );
}

function stagePanel(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  row: Row,
  path: PathDefinition,
  stage: string,
  shown: boolean,
  configured: string,
): SafeHtml {
  const config = path.stages[configured];
  const keyFields = (config?.keyFields ?? [])
    .map((name) => type.field(name))
    .filter((field) => field !== undefined && fieldAccess(user, type, field) !== 'none');
  // Key fields (runtime_sales_pathassistant-path-fields) and guidance (-path-guidance) of one stage.
  const fields = lwc(
    'runtime_sales_pathassistant-path-fields',
    html`class="slds-path__keys"`,
    html`<div class="slds-grid slds-grid_align-spread slds-path__coach-title"><h2>Key Fields</h2></div>
    <div class="slds-form" role="list">${keyFields.map((field) =>
      field
        ? html`<div class="slds-form-element slds-form-element_readonly pathKeyField" role="listitem" data-field="${field.name}"><span class="slds-form-element__label">${field.label}</span><div class="slds-form-element__control"><div class="slds-form-element__static">${fieldOutput(state, field, row[field.name] ?? null)}</div></div></div>`
        : '',
    )}</div>`,
  );
  const guidance = lwc(
    'runtime_sales_pathassistant-path-guidance',
    html`class="slds-path__guidance"`,
    html`<h2 class="slds-path__coach-title">Guidance for Success</h2>
    <div class="slds-text-longform slds-path__guidance-content">${config?.guidance ?? ''}</div>`,
  );
  return html`<div class="slds-path__coach slds-grid" data-stage="${stage}" ${shown ? '' : 'hidden'}>${fields}${guidance}</div>`;
}

// Document styles stop at shadow boundaries: each of Path's shadow roots carries this style.
const PATH_STYLE = `<style>
.slds-path__nav{display:flex;list-style:none;gap:4px;padding:0;margin:8px 0}
.slds-path__item{flex:1;text-align:center;background:#dddbda;border-radius:12px}
.slds-path__item a{display:block;padding:6px;color:inherit;text-decoration:none}
.slds-path__item.slds-is-complete{background:#3ba755;color:#fff}
.slds-path__item.slds-is-current{background:#0176d3;color:#fff}
.slds-path__item.slds-is-active{outline:2px solid #014486}
.slds-path__item.slds-is-won{background:#3ba755}
.slds-path__item.slds-is-lost{background:#c23934}
.slds-path__track{display:flex;gap:12px;align-items:center}
.slds-path__scroller-container{flex:1}
.slds-path__action{display:flex;gap:12px;align-items:center}
.slds-path__mark-button{padding:6px 12px}
.slds-path__coach:not([hidden]){display:flex;gap:24px;padding:8px 0}
.slds-path__coach[hidden]{display:none}
:host{display:block}
runtime_sales_pathassistant-path-track,runtime_sales_pathassistant-path-track-scroller,runtime_sales_pathassistant-path-body{display:block}
runtime_sales_pathassistant-path-step,runtime_sales_pathassistant-path-track-scroller{flex:1}
</style>`;
