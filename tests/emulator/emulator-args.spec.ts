import { expect, test } from '@playwright/test';
import { EMULATOR_USAGE, parseEmulatorArgs } from '../../emulator/main';

test('emulator options: --org, --port (also --port=N), --latency and -h', () => {
  expect(parseEmulatorArgs(['--org', 'my-org.yaml', '--port=8080', '--latency', 'jitter'])).toMatchObject({
    orgFile: 'my-org.yaml',
    port: 8080,
    latency: 'jitter',
  });
  expect(parseEmulatorArgs(['-h']).help).toBe(true);
});

test('a wrong emulator option says what is wrong and shows the usage', () => {
  const problem = (args: string[]) => {
    try {
      parseEmulatorArgs(args);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error(`${args.join(' ')} was accepted`);
  };
  expect(problem(['--bogus'])).toContain("Unknown option '--bogus'");
  expect(problem(['--port'])).toContain("Option '--port <value>' argument missing");
  expect(problem(['--port', '70000'])).toContain('--port expects 0-65535.');
  expect(problem(['--latency', 'slow'])).toContain('--latency expects one of none, lightning, jitter');
  expect(problem(['demo.yaml'])).toContain("Unexpected argument 'demo.yaml'");
  expect(problem(['--bogus'])).toContain(EMULATOR_USAGE);
});
