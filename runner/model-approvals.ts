/** Steps and expectations of approvals, products and quotes (members of StepAction in model.ts). */

/** Submits the record last opened with its "Submit for Approval" action. */
export interface SubmitForApprovalStep {
  kind: 'submitForApproval';
  comment?: string;
  /** When set, the submission must be refused with a message containing this text. */
  expectError?: string;
}

/** Approves or rejects the pending request of a record, from the persona's Items to Approve. */
export interface ApprovalDecisionStep {
  kind: 'approve' | 'reject';
  /** A data key; default: the record last opened. */
  record?: string;
  comment?: string;
}

/** Recalls the pending request of the record last opened, from its Approval History list. */
export interface RecallStep {
  kind: 'recall';
  comment?: string;
}

export interface ProductToAdd {
  name: string;
  quantity: number;
  /** Default: the price book's list price. */
  salesPrice?: number;
}

/** Adds products to the opportunity last opened through its Products list's "Add Products". */
export interface AddProductsStep {
  kind: 'addProducts';
  /** The price book chosen when the opportunity has none (Choose Price Book). */
  priceBook: string;
  products: ProductToAdd[];
}

export interface ApprovalHistoryExpectation {
  status: string;
  assignedTo?: string;
  actualApprover?: string;
  comments?: string;
}

/** The approval of the record last opened as the persona sees it. */
export interface ApprovalStep {
  kind: 'approval';
  /** The latest approval's status: Pending, Approved, Rejected, Recalled (the Approval History's newest row). */
  status?: string;
  /** Who the pending request waits for (a user's or queue's name). */
  pendingApprover?: string;
  /** Whether Edit is refused with Salesforce's lock message (true), or the record saves (false). */
  locked?: boolean;
  /** The Approval History rows, newest first, exactly these many. */
  history?: ApprovalHistoryExpectation[];
}

/** Which records wait in the persona's Items to Approve (data keys). */
export interface ItemsToApproveStep {
  kind: 'itemsToApprove';
  includes: string[];
  excludes: string[];
}

export interface Offer {
  includes: string[];
  excludes: string[];
}

/** What the persona is offered on the record last opened: price books, products, quote templates (by name). */
export interface OfferedStep {
  kind: 'offered';
  priceBooks?: Offer;
  products?: Offer & { priceBook: string };
  /** On the quote last opened, or on `quote` (a data key), opened first. */
  quoteTemplates?: Offer & { quote?: string };
}

export type ApprovalStepAction =
  | SubmitForApprovalStep
  | ApprovalDecisionStep
  | RecallStep
  | AddProductsStep
  | ApprovalStep
  | ItemsToApproveStep
  | OfferedStep;
