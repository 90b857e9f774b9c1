/**
 * How often to look again while Lightning renders a page's parts on its own (each arrives when its server call
 * returns): often enough that a check ends within ~0.1 s of the part arriving, not a growing back-off's second.
 */
export const RENDER_POLL_INTERVALS = [50, 100];
