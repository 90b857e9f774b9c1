import { expect, test } from '@playwright/test';
import { flakeOptions } from './flake-options';

test.describe("the flake script's command line", () => {
  test('runs every latency profile and shadow mode once, one suite at a time, when given nothing', () => {
    expect(flakeOptions([])).toEqual({
      runs: 1,
      concurrent: 1,
      latencies: ['jitter', 'lightning'],
      shadows: ['native', 'synthetic'],
    });
  });

  test('takes the runs, the suites at a time and the modes it is given', () => {
    expect(
      flakeOptions([
        '--runs',
        '20',
        '--concurrent',
        '2',
        '--latency',
        'lightning',
        '--shadow',
        'native, synthetic',
      ]),
    ).toEqual({ runs: 20, concurrent: 2, latencies: ['lightning'], shadows: ['native', 'synthetic'] });
  });

  test('refuses a number of runs or suites at a time that is not a whole number of at least 1', () => {
    expect(flakeOptions(['--runs', '0'])).toBe('--runs expects a whole number ≥ 1, got "0"');
    expect(flakeOptions(['--runs', 'twenty'])).toBe('--runs expects a whole number ≥ 1, got "twenty"');
    expect(flakeOptions(['--concurrent', '1.5'])).toBe('--concurrent expects a whole number ≥ 1, got "1.5"');
    expect(flakeOptions(['--concurrent=-2'])).toBe('--concurrent expects a whole number ≥ 1, got "-2"');
    expect(flakeOptions(['--concurrent', '-2'])).toMatch(/use '--concurrent=-XYZ'/);
  });

  test('names the profiles and modes it knows when given another', () => {
    expect(flakeOptions(['--latency', 'jitter,slow'])).toBe('--latency takes jitter, lightning, not slow');
    expect(flakeOptions(['--shadow', 'closed'])).toBe('--shadow takes native, synthetic, not closed');
  });

  test('refuses an option it does not know, or one given without its value', () => {
    expect(flakeOptions(['--run', '3'])).toMatch(/Unknown option '--run'/);
    expect(flakeOptions(['--runs'])).toMatch(/--runs <value>' argument missing/);
  });
});
