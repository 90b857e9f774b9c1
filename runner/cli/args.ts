import { parseArgs } from 'node:util';
import { didYouMean } from '../schema/wording';
import { UsageError } from './usage-error';

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/** The command's flags, strictly: an unknown one is a usage error naming the nearest known flag. */
export function parse<const T extends Options>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw error;
    const unknown = args.find((arg) => arg.startsWith('-') && arg !== '--' && !isKnown(arg, options ?? {}));
    if (!unknown) throw error;
    const flags = Object.keys(options ?? {}).map((name) => `--${name}`);
    const flag = unknown.split('=')[0];
    throw new UsageError(
      `Unknown option '${flag}'.${didYouMean(flag, flags)}` +
        (flags.length > 0 ? ` Options: ${flags.join(', ')}.` : ' It takes no options.'),
    );
  }
}

function isKnown(arg: string, options: NonNullable<Options>): boolean {
  const flag = arg.split('=')[0];
  return Object.entries(options).some(
    ([name, option]) => flag === `--${name}` || (option.short !== undefined && flag === `-${option.short}`),
  );
}
