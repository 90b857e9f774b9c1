// formulon ships no type declarations; these cover the calls emulator/formula/ makes.
declare module 'formulon' {
  export type DataType =
    | 'text'
    | 'number'
    | 'checkbox'
    | 'date'
    | 'time'
    | 'datetime'
    | 'geolocation'
    | 'picklist'
    | 'multipicklist'
    | 'null';

  export interface Literal {
    type: 'literal';
    dataType: DataType;
    value: unknown;
    options?: Record<string, unknown>;
  }

  export interface FormulonError {
    type: 'error';
    errorType: string;
    message: string;
  }

  export function parse(formula: string, substitutions?: Record<string, Literal>): Literal | FormulonError;
  export function extract(formula: string): string[];
}
