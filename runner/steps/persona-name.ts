import type { StepContext } from './context';

/** 'Persona "ae" (Ava Chen, ava.ae@…)', as every failure names the persona. */
export function personaName(context: StepContext): string {
  const { name, user } = context.persona;
  return `Persona "${name}" (${user.name}, ${user.username})`;
}
