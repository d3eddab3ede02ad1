// Rule baseline: per-language keyword lists; a softmax over the number of keywords each intent hits.
//
//   node examples/intents/models/keyword.mjs --in <golden.jsonl> --out <predictions.jsonl>
import { INTENT_NAMES } from '../intents.mjs';
import { argMax, readFlags, readJsonl, roundDistribution, softmax, writePredictions } from './io.mjs';

// How sharply one extra keyword hit moves probability mass (logit per hit).
const HIT_WEIGHT = 1.5;

// Keywords are matched as substrings of the normalised text (lower case, no accents, German
// umlauts folded), so a stem such as "erstatt" also catches "Rückerstattungsantrag".
const KEYWORDS = {
  en: {
    check_order_status: [
      'where is my order',
      'order status',
      'status of',
      'tracking',
      'arrive',
      'shipped',
      'parcel',
    ],
    request_refund: ['refund', 'money back', 'reimburs', 'charged twice', 'credited back'],
    reset_password: ['password', 'reset', 'log in', 'login', 'locked out'],
    report_technical_issue: [
      'crash',
      'error',
      "won't load",
      'stopped working',
      'freez',
      'slow',
      'blank page',
      'does nothing',
      'sync',
    ],
    cancel_subscription: ['cancel', 'subscription', 'unsubscribe', 'renew', 'membership', 'trial'],
    update_payment_method: ['card', 'payment method', 'billing info', 'billing details', 'paypal'],
    change_shipping_address: ['address', 'ship to', 'deliver to', 'moved', 'zip code'],
    get_invoice: ['invoice', 'receipt', 'bill ', 'vat', 'billing history'],
    report_damaged_item: ['damaged', 'broken', 'cracked', 'defective', 'scratched', 'crushed', 'ruined'],
    delete_account: [
      'delete',
      'remove my',
      'erase',
      'close my account',
      'gdpr',
      'deactivate',
      'personal data',
    ],
    setup_help: ['set up', 'setup', 'install', 'connect', 'pair', 'instructions', 'turn on'],
    check_product_availability: ['in stock', 'available', 'restock', 'sold out', 'color'],
    warranty_claim: ['warranty', 'guarantee', 'repair'],
  },
  de: {
    check_order_status: [
      'wo ist meine',
      'status',
      'sendung',
      'paket',
      'geliefert',
      'lieferung',
      'verschickt',
      'tracking',
    ],
    request_refund: ['erstatt', 'geld zuruck', 'ruckzahlung', 'gutgeschrieben', 'geldruckgabe'],
    reset_password: ['passwort', 'kennwort', 'zurucksetzen', 'anmelden', 'gesperrt', 'zugangsdaten'],
    report_technical_issue: [
      'absturz',
      'sturzt',
      'fehler',
      'ladt nicht',
      'friert',
      'langsam',
      'reagiert nicht',
      'meldung',
      'synchronis',
    ],
    cancel_subscription: ['kundig', 'abo', 'mitgliedschaft', 'verlangerung', 'testphase'],
    update_payment_method: ['karte', 'zahlungsart', 'zahlungsdaten', 'paypal', 'lastschrift', 'bankdaten'],
    change_shipping_address: ['adresse', 'umgezogen', 'postleitzahl', 'liefern'],
    get_invoice: ['rechnung', 'beleg', 'quittung', 'mehrwertsteuer', 'abrechnung'],
    report_damaged_item: ['beschadigt', 'kaputt', 'defekt', 'zerkratzt', 'zerbrochen', 'gesprungen'],
    delete_account: ['losch', 'entfern', 'dsgvo', 'deaktivieren', 'konto schliessen', 'daten'],
    setup_help: ['einrichten', 'richte', 'installation', 'verbinde', 'kopple', 'anleitung', 'aktiviere'],
    check_product_availability: ['lager', 'verfugbar', 'ausverkauft', 'farbe', 'nachschub', 'lieferbar'],
    warranty_claim: ['garantie', 'gewahrleistung', 'reparatur', 'repariert'],
  },
  es: {
    check_order_status: [
      'donde esta mi pedido',
      'estado del pedido',
      'seguimiento',
      'llegado',
      'paquete',
      'envio',
    ],
    request_refund: ['reembols', 'devuelvan el dinero', 'devolver', 'dinero', 'abonar', 'cobraron'],
    reset_password: ['contrasena', 'restablec', 'iniciar sesion', 'bloqueada', 'datos de acceso', 'clave'],
    report_technical_issue: ['error', 'se cierra', 'no carga', 'se congela', 'no funciona', 'lent', 'falla'],
    cancel_subscription: [
      'cancelar mi suscripcion',
      'suscripcion',
      'darme de baja',
      'renov',
      'membresia',
      'prueba',
    ],
    update_payment_method: ['tarjeta', 'metodo de pago', 'paypal', 'datos de pago', 'forma de pago'],
    change_shipping_address: ['direccion', 'mudado', 'codigo postal', 'enviar mi pedido a'],
    get_invoice: ['factura', 'recibo', 'iva', 'historial de cobros'],
    report_damaged_item: ['danado', 'roto', 'defectuoso', 'rayado', 'aplastada', 'estropeado'],
    delete_account: [
      'eliminen mi cuenta',
      'borr',
      'rgpd',
      'desactivo',
      'cierren mi cuenta',
      'datos personales',
    ],
    setup_help: ['configur', 'instal', 'conecto', 'vinculo', 'instrucciones', 'activo', 'tutorial'],
    check_product_availability: ['stock', 'disponible', 'agotado', 'color', 'reponen'],
    warranty_claim: ['garantia', 'reparar', 'repar'],
  },
  fr: {
    check_order_status: ['ou en est', 'etat de la commande', 'suivi', 'livre', 'colis', 'expedie'],
    request_refund: ['rembours', 'argent', 'recredit', 'debite'],
    reset_password: ['mot de passe', 'reinitialis', 'me connecter', 'bloque', 'identifiants'],
    report_technical_issue: ['plante', 'erreur', 'ne charge pas', 'se fige', 'ne marche', 'lente', 'bug'],
    cancel_subscription: ['resilier', 'abonnement', 'desabonner', 'renouvel', 'adhesion', 'essai'],
    update_payment_method: ['carte', 'moyen de paiement', 'paypal', 'coordonnees bancaires', 'facturation'],
    change_shipping_address: ['adresse', 'demenage', 'code postal', 'livrez'],
    get_invoice: ['facture', 'recu', 'tva', 'historique de paiements'],
    report_damaged_item: ['endommage', 'casse', 'defectueux', 'raye', 'ecrase', 'abime', 'fissure'],
    delete_account: ['supprimer mon compte', 'supprim', 'effac', 'rgpd', 'desactiver', 'fermez mon compte'],
    setup_help: ['installer', 'install', 'connecter', 'associer', 'instructions', 'activer', 'tutoriel'],
    check_product_availability: ['stock', 'disponible', 'epuise', 'couleur', 'reapprovision'],
    warranty_claim: ['garantie', 'reparation', 'repare'],
  },
};

function normalise(text, language) {
  let out = text.toLowerCase().replace(/ß/g, 'ss');
  if (language === 'de') out = out.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
  return out.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’`]/g, "'");
}

function keywordScores(text, language) {
  const lists = KEYWORDS[language] ?? KEYWORDS.en;
  const normalised = ` ${normalise(text, language)} `;
  const logits = {};
  for (const label of INTENT_NAMES) {
    const hits = (lists[label] ?? []).filter((keyword) => normalised.includes(keyword)).length;
    logits[label] = HIT_WEIGHT * hits;
  }
  return softmax(logits, INTENT_NAMES);
}

function main() {
  const flags = readFlags('node keyword.mjs --in <golden.jsonl> --out <predictions.jsonl>', ['in', 'out']);
  const predictions = readJsonl(flags.in).map((row) => {
    const probabilities = keywordScores(String(row.text), row.language);
    const prediction = argMax(probabilities, INTENT_NAMES);
    return { id: row.id, prediction, scores: roundDistribution(probabilities, INTENT_NAMES, prediction) };
  });
  writePredictions(flags.out, predictions);
  console.error(`keyword: wrote ${predictions.length} predictions to ${flags.out}`);
}

main();
