// The label set of the intents example: each intent belongs to one domain, and its weight is its share
// of the data (skewed on purpose: a few intents are frequent, most are rare).

/** @type {{ name: string, domain: string, weight: number }[]} */
export const INTENTS = [
  { name: 'check_order_status', domain: 'shipping', weight: 0.16 },
  { name: 'request_refund', domain: 'billing', weight: 0.13 },
  { name: 'reset_password', domain: 'account', weight: 0.12 },
  { name: 'report_technical_issue', domain: 'technical', weight: 0.11 },
  { name: 'cancel_subscription', domain: 'account', weight: 0.09 },
  { name: 'update_payment_method', domain: 'billing', weight: 0.07 },
  { name: 'change_shipping_address', domain: 'shipping', weight: 0.06 },
  { name: 'get_invoice', domain: 'billing', weight: 0.05 },
  { name: 'report_damaged_item', domain: 'shipping', weight: 0.05 },
  { name: 'check_product_availability', domain: 'product', weight: 0.045 },
  { name: 'delete_account', domain: 'account', weight: 0.04 },
  { name: 'setup_help', domain: 'technical', weight: 0.04 },
  { name: 'warranty_claim', domain: 'product', weight: 0.035 },
];

export const INTENT_NAMES = INTENTS.map((intent) => intent.name);

export const LANGUAGES = ['en', 'de', 'es', 'fr'];
