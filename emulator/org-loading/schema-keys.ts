import type { z } from 'zod';

type Def = {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  out?: z.core.$ZodType;
  options?: z.core.$ZodType[];
  left?: z.core.$ZodType;
  right?: z.core.$ZodType;
  getter?: () => z.core.$ZodType;
};

/**
 * The keys the schema knows for the mapping at `path` of a definition (as a zod issue gives it), so that an unknown
 * key can be answered with the known ones; empty when the path does not lead to a mapping.
 */
export function knownKeysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  const keys = new Set<string>();
  const visit = (node: z.core.$ZodType, rest: readonly PropertyKey[], depth: number) => {
    if (depth > 50) return;
    const def = node._zod.def as unknown as Def;
    const next = (inner: z.core.$ZodType | undefined, remaining = rest) => {
      if (inner) visit(inner, remaining, depth + 1);
    };
    switch (def.type) {
      case 'object':
        if (rest.length === 0) for (const key of Object.keys(def.shape ?? {})) keys.add(key);
        else next(def.shape?.[String(rest[0])], rest.slice(1));
        return;
      case 'array':
        if (rest.length > 0) next(def.element, rest.slice(1));
        return;
      case 'record':
        if (rest.length > 0) next(def.valueType, rest.slice(1));
        return;
      case 'pipe':
        // A definition is read as written: the input side, unless that is a transform.
        next((def.in?._zod.def as unknown as Def | undefined)?.type === 'transform' ? def.out : def.in);
        return;
      case 'union':
        for (const option of def.options ?? []) next(option);
        return;
      case 'intersection':
        next(def.left);
        next(def.right);
        return;
      case 'lazy':
        next(def.getter?.());
        return;
      default:
        next(def.innerType);
    }
  };
  visit(schema, path, 0);
  return [...keys];
}
