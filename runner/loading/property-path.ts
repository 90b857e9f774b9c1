export type PropertyPath = readonly PropertyKey[];

/** ['steps', 1, 'expect', 'visibel'] → 'steps[1].expect.visibel'; keys that are not identifiers are quoted. */
export function formatPath(path: PropertyPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(String(segment)))
      text += text ? `.${String(segment)}` : String(segment);
    else text += `[${JSON.stringify(String(segment))}]`;
  }
  return text;
}
