import type { AddProductsStep, OfferedStep } from '../model-approvals';
import type { StepContext } from './context';

export async function addProducts(
  _step: Omit<AddProductsStep, 'kind'>,
  _context: StepContext,
): Promise<void> {
  throw new Error('addProducts is not available yet');
}

export async function expectOffered(_step: Omit<OfferedStep, 'kind'>, _context: StepContext): Promise<void> {
  throw new Error('offered is not available yet');
}
