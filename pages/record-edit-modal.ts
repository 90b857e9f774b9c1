import { expect, type Locator, type Page } from '@playwright/test';
import { answerTo } from './dialog-answer';
import { IncompletePageError } from './incomplete-page';
import { locators } from './locators';
import { openDialogHolding } from './open-dialog';
import { RENDER_POLL_INTERVALS } from './render-polling';
import { firstRendered, rendered } from './rendered';

/** A date/time as a persona types it into its date picker and time picker, in their locale and time zone. */
export interface DateAndTime {
  date: string;
  time: string;
}
export type EditValue = string | number | boolean | DateAndTime;
/** An error Lightning shows under a field of the form after a refused save; `field` is its API name. */
export interface FieldError {
  field: string;
  message: string;
}
/** A refused save: every error text shown (form-level first), and those under a field with their field. */
export type SaveOutcome = { saved: true } | { saved: false; errors: string[]; fieldErrors: FieldError[] };

/**
 * A field the Edit modal cannot set, with the reason as the persona would see it: not in the form (`absent`), shown
 * without an input (`readOnly`), or an input that does not take the value.
 */
export class FieldNotEditable extends Error {
  override name = 'FieldNotEditable';
  constructor(
    message: string,
    readonly field?: { apiName: string; seen: 'absent' | 'readOnly' },
  ) {
    super(message);
  }
}

/** How long the form's sections may take to render when the caller does not say. */
const FORM_RENDER_DEADLINE_MS = 15_000;

/**
 * The Edit modal of a record page (and the New form, the same record form): fields by API name, Save, and the
 * errors Lightning shows. Lightning renders the form's sections one by one, as it does the record page's: no
 * field is called absent from it before the form is complete (waitUntilComplete).
 */
export class RecordEditModal {
  readonly root: Locator;
  private complete = false;

  constructor(
    private readonly page: Page,
    readonly sobject: string,
  ) {
    this.root = openDialogHolding(page, locators.recordEdit.form);
  }

  /** The dialog with its form and Save button shown; its other sections may still be on their way. */
  async waitUntilOpen(): Promise<void> {
    await rendered(this.root.locator(locators.recordEdit.save).first());
    await rendered(this.root.locator(locators.record.layoutItem).first());
  }

  /**
   * Waits until the form shows every field of `expected` (the layout fields the persona may read, as the org
   * predicts them) or, with none expected, until no spinner shows in it (the form's own signal). Past the
   * deadline an IncompletePageError names what is missing.
   */
  async waitUntilComplete(
    expected: readonly string[] = [],
    deadlineMs = FORM_RENDER_DEADLINE_MS,
  ): Promise<void> {
    let missing = [...expected];
    const spinner = this.root.locator(locators.shell.loading).filter({ visible: true });
    const done = async () => {
      if (expected.length === 0) return (await spinner.count()) === 0;
      const shown = new Set(await this.shownFields());
      missing = expected.filter((field) => !shown.has(field));
      return missing.length === 0;
    };
    try {
      await expect.poll(done, { timeout: deadlineMs, intervals: RENDER_POLL_INTERVALS }).toBe(true);
    } catch {
      throw new IncompletePageError(
        expected.length === 0
          ? `the Edit modal was still loading after ${deadlineMs / 1000} s (a spinner shows in it), so no verdict on fields absent from it is given`
          : `the Edit modal did not finish rendering within ${deadlineMs / 1000} s: still missing ${missing.join(', ')}, ` +
              'so no verdict on fields absent from it is given',
      );
    }
    this.complete = true;
  }

  /** API names of the layout fields the form shows now, in form order. */
  async shownFields(): Promise<string[]> {
    const names = await this.root
      .locator(locators.record.layoutItem)
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-target-selection-name') ?? ''));
    const prefix = `sfdc:RecordField.${this.sobject}.`;
    return names.filter((name) => name.startsWith(prefix)).map((name) => name.slice(prefix.length));
  }

  async set(apiName: string, value: EditValue): Promise<void> {
    const item = await this.item(apiName);
    const input = item.locator(locators.recordEdit.inputSlot);
    if ((await input.count()) === 0) {
      throw new FieldNotEditable(
        `${this.sobject}.${apiName} is read-only for this persona: the Edit modal shows its value but has no input for it`,
        { apiName, seen: 'readOnly' },
      );
    }
    if (typeof value === 'object') return this.typeDateAndTime(item, apiName, value);
    const text = String(value);
    if ((await item.locator(locators.recordEdit.dualListbox).count()) > 0)
      return this.chooseMany(item, apiName, chosenLabels(text));
    const combobox = item.locator(locators.recordEdit.combobox);
    if ((await combobox.count()) > 0) {
      await combobox.first().click();
      return this.choose(item, apiName, text, 'offers');
    }
    const lookup = item.locator(locators.recordEdit.lookup);
    if ((await lookup.count()) > 0) {
      await lookup.first().fill(text);
      return this.choose(item, apiName, text, 'finds');
    }
    const checkbox = item.locator(locators.recordEdit.checkbox);
    if ((await checkbox.count()) > 0) {
      await checkbox.first().setChecked(value === true || text === 'true');
      return;
    }
    const part = item.locator(`input[name="${apiName}"]`);
    const field = (await part.count()) > 0 ? part : item.locator(locators.recordEdit.textInput);
    const typed = (await field.count()) > 0 ? field : item.locator(locators.recordEdit.richText);
    if ((await typed.count()) === 0) {
      throw new FieldNotEditable(
        `${this.sobject}.${apiName} has an input in the Edit modal that persona-ux cannot enter a value into: none of a ` +
          'text box or area, a rich text editor, a picklist, a dual listbox, a lookup, a checkbox, or date and time pickers',
      );
    }
    await typed.first().fill(text);
  }

  /** Types a date/time's date into its date picker and its time into its time picker; each reads it on leaving. */
  private async typeDateAndTime(item: Locator, apiName: string, value: DateAndTime): Promise<void> {
    const date = item.locator(locators.recordEdit.dateInput).first();
    const time = item.locator(locators.recordEdit.timeInput).first();
    if ((await date.count()) === 0 || (await time.count()) === 0) {
      throw new FieldNotEditable(
        `${this.sobject}.${apiName} shows no date and time pickers in the Edit modal, so a date and time cannot be entered`,
      );
    }
    await date.fill(value.date);
    await date.blur();
    await time.fill(value.time);
    await time.blur();
  }

  /**
   * A multi-select picklist's values chosen, as the dual listbox shows them: each chosen value not wanted goes
   * back to Available, then each wanted one still Available is moved to Chosen, one at a time.
   */
  private async chooseMany(item: Locator, apiName: string, wanted: string[]): Promise<void> {
    const listbox = item.locator(locators.recordEdit.dualListbox).first();
    const option = (list: string, label: string) =>
      listbox.locator(list).filter({ has: this.page.locator(locators.recordEdit.optionLabel(label)) });
    const labelsIn = (list: string) =>
      listbox
        .locator(list)
        .locator(locators.recordEdit.optionLabels)
        .evaluateAll((spans) => spans.map((span) => span.getAttribute('title') ?? ''));
    for (const label of await labelsIn(locators.recordEdit.chosenOptions)) {
      if (wanted.includes(label)) continue;
      await option(locators.recordEdit.chosenOptions, label).first().click();
      await listbox.locator(locators.recordEdit.moveToAvailable).first().click();
      await rendered(option(locators.recordEdit.chosenOptions, label), { state: 'detached' });
    }
    const chosen = await labelsIn(locators.recordEdit.chosenOptions);
    for (const label of wanted) {
      if (chosen.includes(label)) continue;
      const available = option(locators.recordEdit.availableOptions, label);
      if ((await available.count()) === 0) {
        const offered = await this.options(apiName);
        throw new FieldNotEditable(
          `${this.sobject}.${apiName} offers ${offered.join(', ') || 'no values'} for this record's record type; "${label}" is not among them`,
        );
      }
      await available.first().click();
      await listbox.locator(locators.recordEdit.moveToChosen).first().click();
      await rendered(option(locators.recordEdit.chosenOptions, label).first());
    }
  }

  /** The picklist values the field offers, in order (as the persona's record type narrows them). */
  async options(apiName: string): Promise<string[]> {
    const item = await this.item(apiName);
    if ((await item.locator(locators.recordEdit.dualListbox).count()) > 0) {
      const listbox = item.locator(locators.recordEdit.dualListbox).first();
      // Available, then Chosen: every value the field offers, whichever list it is in now.
      const lists = listbox.locator(
        `${locators.recordEdit.availableOptions}, ${locators.recordEdit.chosenOptions}`,
      );
      return lists
        .locator(locators.recordEdit.optionLabels)
        .evaluateAll((spans) => spans.map((span) => span.getAttribute('title') ?? ''));
    }
    const combobox = item.locator(locators.recordEdit.combobox);
    if ((await combobox.count()) === 0) return [];
    const labels = item.locator(locators.recordEdit.option).locator(locators.recordEdit.optionLabels);
    const texts = await labels.evaluateAll((spans) => spans.map((span) => span.getAttribute('title') ?? ''));
    return texts.filter((text) => text !== '' && text !== '--None--');
  }

  /**
   * How the form offers a field: shown (its layout item is in the form), editable (it holds an input, not the
   * value alone) and required (the input is marked required).
   */
  async fieldState(apiName: string): Promise<{ shown: boolean; editable: boolean; required: boolean }> {
    let item: Locator;
    try {
      item = await this.item(apiName);
    } catch (error) {
      if (error instanceof FieldNotEditable) return { shown: false, editable: false, required: false };
      throw error;
    }
    const editable = (await item.locator(locators.recordEdit.inputSlot).count()) > 0;
    const required = editable && (await item.locator(locators.recordEdit.requiredMark).count()) > 0;
    return { shown: true, editable, required };
  }

  /** The picklist values the field offers, read with its dropdown open (then closed again), without choosing. */
  async offeredValues(apiName: string): Promise<string[]> {
    const item = await this.item(apiName);
    if ((await item.locator(locators.recordEdit.dualListbox).count()) > 0) return this.options(apiName);
    const combobox = item.locator(locators.recordEdit.combobox).first();
    if ((await combobox.count()) === 0) return [];
    await combobox.click();
    await rendered(item.locator(locators.recordEdit.option).filter({ visible: true }).first());
    const offered = await this.options(apiName);
    await combobox.click();
    return offered;
  }

  /** Saves and waits for this save's outcome: the modal closes, or Lightning shows page or field errors. */
  async save(): Promise<SaveOutcome> {
    const fieldErrors = this.root.locator(locators.recordEdit.fieldErrors).filter({ visible: true });
    const pageErrors = this.root.locator(locators.recordEdit.pageErrors).filter({ visible: true });
    return answerTo(
      () => this.root.locator(locators.recordEdit.save).first().click(),
      () => firstRendered([this.root, { state: 'detached' }], [pageErrors.or(fieldErrors).first()]),
      () => this.shownOutcome(),
      (outcome) => (outcome.saved ? { closed: true } : { closed: false, errors: outcome.errors }),
    );
  }

  /** The modal's outcome as shown now: closed (saved), or the errors it shows (none before a save). */
  private async shownOutcome(): Promise<SaveOutcome> {
    if ((await this.root.count()) === 0) return { saved: true };
    const pageErrors = this.root.locator(locators.recordEdit.pageErrors).filter({ visible: true });
    const texts = (await pageErrors.allInnerTexts()).map(normalise);
    const under = await this.fieldErrors();
    if ((await this.root.count()) === 0) return { saved: true };
    const errors = [...new Set([...texts, ...under.map((each) => each.message)].filter(Boolean))];
    return { saved: false, errors, fieldErrors: under };
  }

  /**
   * The errors shown under fields, each with the API name of the layout item it sits in (lightning-input's
   * error help text is inside the item, records/recordLayoutItem > lightning/input "error"); read in one go, so
   * a modal closing meanwhile gives none rather than a wait for an item that is gone.
   */
  private async fieldErrors(): Promise<FieldError[]> {
    const shown = this.root.locator(locators.recordEdit.fieldErrors).filter({ visible: true });
    const read = await shown.evaluateAll(
      (helps, itemSelector) =>
        helps.map((help) => {
          let node: Node | null = help;
          while (node && !(node instanceof Element && node.matches(itemSelector)))
            node = node instanceof ShadowRoot ? node.host : node.parentNode;
          const name = node instanceof Element ? (node.getAttribute('data-target-selection-name') ?? '') : '';
          return { name, message: (help as HTMLElement).innerText };
        }),
      locators.record.layoutItem,
    );
    const found = new Map<string, FieldError>();
    for (const { name, message } of read) {
      const field = name.slice(name.lastIndexOf('.') + 1);
      const text = normalise(message);
      if (field && text && !found.has(field)) found.set(field, { field, message: text });
    }
    return [...found.values()];
  }

  async cancel(): Promise<void> {
    await this.root.locator(locators.recordEdit.cancel).first().click();
    await rendered(this.root, { state: 'detached' });
  }

  /**
   * The layout item of a field by API name; parts of compound names (LastName) through the name's item. A field
   * not found is absent only once the form is complete.
   */
  private async item(apiName: string): Promise<Locator> {
    const found = await this.find(apiName);
    if (found) return found;
    if (!this.complete) {
      await this.waitUntilComplete();
      const late = await this.find(apiName);
      if (late) return late;
    }
    throw new FieldNotEditable(
      `${this.sobject}.${apiName} is not in the Edit modal: the persona's page layout or field-level security leaves it out`,
      { apiName, seen: 'absent' },
    );
  }

  private async find(apiName: string): Promise<Locator | undefined> {
    const item = this.root.locator(locators.record.field(this.sobject, apiName));
    if ((await item.count()) > 0) return item.first();
    const part = this.root
      .locator(locators.record.layoutItem)
      .filter({ has: this.page.locator(`input[name="${apiName}"]`) });
    if ((await part.count()) > 0) return part.first();
    return undefined;
  }

  private async choose(
    item: Locator,
    apiName: string,
    text: string,
    verb: 'offers' | 'finds',
  ): Promise<void> {
    const exact = item
      .locator(locators.recordEdit.option)
      .locator(locators.recordEdit.optionLabel(text))
      .filter({ visible: true });
    if ((await exact.count()) > 0) return exact.first().click();
    const offered = verb === 'offers' ? await this.options(apiName) : [];
    throw new FieldNotEditable(
      verb === 'offers'
        ? `${this.sobject}.${apiName} offers ${offered.join(', ') || 'no values'} for this record's record type; "${text}" is not among them`
        : `${this.sobject}.${apiName}: the lookup finds no record named "${text}" that the persona can see`,
    );
  }
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A multi-select picklist's values as a scenario writes them, "Web;Events": each once. */
function chosenLabels(text: string): string[] {
  return [
    ...new Set(
      text
        .split(';')
        .map((label) => label.trim())
        .filter(Boolean),
    ),
  ];
}
