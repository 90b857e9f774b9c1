import { expect, test } from '@playwright/test';
import { statedCount } from '../../pages/shown-list';

// A list's own count, as Lightning words it in the persona's UI language: the number is read, the words are not.
test('the count and whether more rows exist are read from the status line or card count in any language', () => {
  const read = (text: string) => {
    const { count, more } = statedCount(text);
    return { count, more };
  };
  expect(read('3 items • Sorted by Name • Updated a few seconds ago')).toEqual({ count: 3, more: false });
  expect(read('1 item • Updated 5 minutes ago')).toEqual({ count: 1, more: false });
  expect(read('50+ items • Sorted by Name •')).toEqual({ count: 50, more: true });
  expect(read('(6+)')).toEqual({ count: 6, more: true });
  expect(read('(0)')).toEqual({ count: 0, more: false });
  expect(read('3 Elemente • Sortiert nach Name • Vor 5 Minuten aktualisiert')).toEqual({
    count: 3,
    more: false,
  });
  expect(read('50+ éléments • Trié par Nom •')).toEqual({ count: 50, more: true });
  expect(read('1\u202f234 éléments • Trié par Nom •')).toEqual({ count: 1234, more: false });
  expect(read('2,000+ items •')).toEqual({ count: 2000, more: true });
  expect(read('50+ 件の項目 • 並び替え基準: 名前 •')).toEqual({ count: 50, more: true });
  expect(read('٣ عناصر •')).toEqual({ count: 3, more: false });
});

test('a count with no single number before the first "•" is unknown, not NaN', () => {
  expect(statedCount('Elemente: keine • Sortiert nach Name •')).toEqual({
    count: undefined,
    more: false,
    text: 'Elemente: keine • Sortiert nach Name •',
  });
  expect(statedCount('Page 2 of 3 •').count).toBeUndefined();
});
