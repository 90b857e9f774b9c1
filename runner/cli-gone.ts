/**
 * Calls `gone` once, when the process that started this one has ended without ending it (killed outright, as
 * SIGKILL or the OOM killer do): its IPC channel closes, or, started without one, this process gets a new
 * parent (an orphan is adopted by init or a subreaper). Returns a function that stops watching.
 */
export function whenParentGone(gone: () => void, pollMs = 500): () => void {
  let called = false;
  const once = () => {
    if (called) return;
    called = true;
    stop();
    gone();
  };
  let stop: () => void;
  if (process.channel) {
    process.once('disconnect', once);
    stop = () => process.off('disconnect', once);
  } else {
    const parent = process.ppid;
    const poll = setInterval(() => {
      if (process.ppid !== parent) once();
    }, pollMs);
    // Watching must not keep this process alive once its work is done.
    poll.unref();
    stop = () => clearInterval(poll);
  }
  return stop;
}
