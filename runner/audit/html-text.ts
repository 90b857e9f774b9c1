/** Text made safe to put in HTML, attribute values included. */
export const htmlText = (value: unknown) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
