import { expect, test } from '@playwright/test';
import { FieldNotEditable, RecordEditModal } from '../../pages/record-edit-modal';

/** A field whose input is of a kind no page object enters values into fails naming it, not with a wait. */
test('an input persona-ux cannot enter a value into fails at once, naming the field', async ({ page }) => {
  await page.setContent(`
    <section role="dialog" aria-label="Edit Acme"><records-modal-lwc-detail-panel-wrapper>
      <records-record-layout-item data-target-selection-name="sfdc:RecordField.Lead.Score_Slider__c">
        <lightning-slider slot="inputField"><div role="slider" tabindex="0" aria-valuenow="3"></div></lightning-slider>
      </records-record-layout-item>
    </records-modal-lwc-detail-panel-wrapper></section>`);
  const modal = new RecordEditModal(page, 'Lead');
  const error = await modal.set('Score_Slider__c', '5').catch((e: Error) => e);
  expect(error).toBeInstanceOf(FieldNotEditable);
  expect((error as Error).message).toBe(
    'Lead.Score_Slider__c has an input in the Edit modal that persona-ux cannot enter a value into: none of a text ' +
      'box or area, a rich text editor, a picklist, a dual listbox, a lookup, a checkbox, or date and time pickers',
  );
});
