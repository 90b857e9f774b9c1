import { expect, test } from '@playwright/test';
import { expectLoadError, loadOne, validScenario } from './scenario-files';

/** The record page keys of `expect` load as written, and mistakes in them point at the key. */
const withExpect = (...lines: string[]) => [...validScenario().slice(0, 12), ...lines];

test('record page keys load, with the step titled after them', () => {
  const { errors, scenarios } = loadOne(
    withExpect(
      '      editable: [Rating]',
      '      required: [Status]',
      '      offers: { Rating: [Hot, Warm, Cold] }',
      '      sections: [Lead Information, Scoring]',
      '      sectionsAbsent: [Finance]',
      '      relatedLists: [Activity]',
      '      relatedListsAbsent: [Opportunities]',
      '      actions: [Edit]',
      '      actionsAbsent: [Delete]',
      '      highlights: [Title, Company]',
    ),
  );
  expect(errors).toEqual([]);
  const step = scenarios[0]?.steps[1];
  expect(step).toMatchObject({
    kind: 'expect',
    editable: ['Rating'],
    required: ['Status'],
    offers: { Rating: ['Hot', 'Warm', 'Cold'] },
    sections: ['Lead Information', 'Scoring'],
    sectionsAbsent: ['Finance'],
    relatedLists: ['Activity'],
    relatedListsAbsent: ['Opportunities'],
    actions: ['Edit'],
    actionsAbsent: ['Delete'],
    highlights: ['Title', 'Company'],
  });
  expect(step?.title).toContain('editable: Rating; required: Status; sections: Lead Information, Scoring');
  expect(step?.title).toContain('offers: Rating = Hot, Warm, Cold');
});

test('a section expected both present and absent points at the absent one', () => {
  expectLoadError(withExpect('      sections: [Scoring]', '      sectionsAbsent: [Finance, Scoring]'), {
    at: '14:33',
    path: 'steps[1].expect.sectionsAbsent[1]',
    says: [
      'section "Scoring" is expected both in sections and in sectionsAbsent',
      'Keep it in only one of them',
    ],
  });
});

test('a field both hidden and editable is refused: the Edit modal never shows a hidden field', () => {
  expectLoadError(withExpect('      hidden: [Rating]', '      editable: [Rating]'), {
    at: '14:18',
    path: 'steps[1].expect.editable[0]',
    says: ['"Rating" is expected both hidden and editable'],
  });
});

test('a field both hidden and showing a value is refused at the value', () => {
  expectLoadError(withExpect('      hidden: [Rating]', '      values: { Rating: Hot }'), {
    at: '14:25',
    path: 'steps[1].expect.values.Rating',
    says: ['"Rating" is expected both hidden and showing a value', 'Keep it in only one of them'],
  });
});

test('a record both included and excluded is refused at its entry in excludes, wherever lists are checked', () => {
  const steps = (...lines: string[]) => [...validScenario().slice(0, 10), ...lines];
  expectLoadError(
    steps('  - listView: { object: Lead, view: MyOpenLeads, includes: [lead], excludes: [lead] }'),
    {
      at: '11:79',
      path: 'steps[0].listView.excludes[0]',
      says: ['"lead" is in both includes and excludes', 'could never pass'],
    },
  );
  expectLoadError(
    steps('  - open: { object: Lead }', '  - expect: { list: { includes: [lead], excludes: [lead] } }'),
    {
      at: '12:52',
      path: 'steps[1].expect.list.excludes[0]',
      says: ['"lead" is in both includes and excludes'],
    },
  );
});

test('offers written as a list instead of a mapping says what to write', () => {
  expectLoadError(withExpect('      offers: [Hot, Warm]'), {
    at: '13:15',
    path: 'steps[1].expect.offers',
    says: [
      'Expected a mapping of picklist API names to the values offered',
      'offers: { Rating: [Hot, Warm, Cold] }',
    ],
  });
});
