import { expect, test } from '@playwright/test';
import { RecordPage } from '../../pages/record-page';

/** A record page holding a Dynamic Forms field section above the layout's Record Detail component. */
const MIXED_PAGE = `<one-record-home-flexipage2>
  <flexipage-field-section2>
    <h3><button aria-expanded="true"><span>Summary</span></button></h3>
    <div slot="columns"><flexipage-field><record_flexipage-record-field>
      <div data-target-selection-name="sfdc:RecordField.Account.Rating"><span class="test-id__field-label">Rating</span></div>
    </record_flexipage-record-field></flexipage-field></div>
  </flexipage-field-section2>
  <records-lwc-detail-panel><records-record-layout-section>
    <h3 class="slds-section__title">Account Information</h3>
    <records-record-layout-item data-target-selection-name="sfdc:RecordField.Account.Name" field-label="Account Name">Initech</records-record-layout-item>
  </records-record-layout-section></records-lwc-detail-panel>
  <flexipage-field-section2>
    <h3><button aria-expanded="true"><span>Finance</span></button></h3>
    <div slot="columns"><flexipage-field><record_flexipage-record-field>
      <div data-target-selection-name="sfdc:RecordField.Account.AnnualRevenue"><span class="test-id__field-label">Annual Revenue</span></div>
    </record_flexipage-record-field></flexipage-field></div>
  </flexipage-field-section2>
</one-record-home-flexipage2>`;

test('a page mixing field sections and the layout lists its sections and fields in the order it shows them', async ({
  page,
}) => {
  await page.setContent(MIXED_PAGE);
  const recordPage = new RecordPage(page, 'Account');
  expect(await recordPage.sectionTitles()).toEqual(['Summary', 'Account Information', 'Finance']);
  expect(await recordPage.shownFields()).toEqual(['Rating', 'Name', 'AnnualRevenue']);
});
