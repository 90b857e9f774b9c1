import { OrgScoped, type OrgState } from './org-state';

/**
 * Values derived from the org's records (access, layouts resolved for a viewer), kept per key until the next
 * write to any record (RecordStore.version): every page a viewer opens asks for them again. Never kept while
 * a save runs, since a save changes rows in place after it counted its write.
 */
export class UntilNextWrite<T> {
  private readonly kept = new OrgScoped(() => ({ version: -1, values: new Map<string, T>() }));

  get(state: OrgState, key: string, compute: () => T): T {
    if (state.automationDepth > 0) return compute();
    const kept = state.scoped(this.kept);
    if (kept.version !== state.store.version) {
      kept.version = state.store.version;
      kept.values.clear();
    }
    let value = kept.values.get(key);
    if (value === undefined) {
      value = compute();
      kept.values.set(key, value);
    }
    return value;
  }
}
