// Templates of the retrieval example: a help-centre knowledge base in English, German and Spanish.
// Each topic has article templates with one slot ({x}: a payment method, carrier, product or sign-in
// method); every article template comes with two ways a customer would ask for it. Questions reuse the
// slot but mostly other words than the article, as real questions do.

export const SLOTS = {
  billing: ['PayPal', 'Visa', 'Mastercard', 'Klarna', 'Apple Pay'],
  shipping: ['DHL', 'UPS', 'FedEx', 'GLS', 'DPD'],
  returns: ['Aurora headphones', 'Nimbus speaker', 'Vega smartwatch', 'Orion tablet', 'Lumen e-reader'],
  account: ['Google', 'Apple ID', 'Facebook', 'email link', 'SMS code'],
};

/** language -> topic -> [{ title, body, questions: [two question templates] }] */
export const TEMPLATES = {
  en: {
    billing: [
      {
        title: 'Update your {x} payment details',
        body: 'Open Account settings, choose Payment methods and replace the {x} details. The change applies to your next invoice and does not affect orders already paid.',
        questions: ['how do i change my {x} card', 'new {x} details for future invoices'],
      },
      {
        title: 'Why was my {x} payment declined?',
        body: 'A {x} payment is declined when the bank blocks it, the limit is reached or the billing address does not match. Try again after checking these with your bank.',
        questions: ['{x} keeps getting rejected at checkout', 'bank refused {x} transaction'],
      },
      {
        title: 'Refunds to {x}',
        body: 'Money returned to {x} arrives within 5 to 10 business days after we approve the return. Your statement shows it as a credit from our store.',
        questions: ['when do i get my money back on {x}', 'refund not showing on {x} yet'],
      },
    ],
    shipping: [
      {
        title: 'Track a parcel sent with {x}',
        body: 'Every {x} shipment has a tracking number in the dispatch email. Enter it on the carrier website to see where the parcel is and when it will be delivered.',
        questions: ['where is my {x} package', 'tracking number for {x} delivery'],
      },
      {
        title: '{x} delivery times',
        body: 'Orders handed to {x} usually arrive in 2 to 4 working days. Remote areas and public holidays can add a few days.',
        questions: ['how long does {x} take to deliver', '{x} shipping duration estimate'],
      },
      {
        title: 'Missed a {x} delivery',
        body: 'If you were not at home, {x} leaves a notice and tries again the next working day or keeps the parcel at a pickup point for seven days.',
        questions: ['{x} came when i was out', 'parcel not delivered because nobody home {x}'],
      },
    ],
    returns: [
      {
        title: 'Return your {x}',
        body: 'You can send back the {x} within 30 days of delivery. Print the free label from your orders page and pack the item in its original box.',
        questions: ['send back {x} i bought last week', 'return label for {x}'],
      },
      {
        title: 'Warranty for the {x}',
        body: 'The {x} has a two year warranty covering manufacturing faults. Contact support with the serial number and a short description of the fault.',
        questions: ['{x} stopped working under guarantee', 'is a broken {x} covered'],
      },
      {
        title: 'Exchange a faulty {x}',
        body: 'If your {x} arrived damaged we send a replacement at no cost. Upload a photo of the damage and keep the packaging until the exchange is done.',
        questions: ['{x} arrived broken want a new one', 'swap damaged {x} for replacement'],
      },
    ],
    account: [
      {
        title: 'Sign in with {x}',
        body: 'On the login page choose {x} and confirm the request. Your account stays the same whichever method you use to sign in.',
        questions: ['log in using {x}', 'can i access my account through {x}'],
      },
      {
        title: 'Problems signing in with {x}',
        body: 'When {x} login fails, clear the browser cookies, check that the service is not down and try again. Support can unlink {x} from your profile.',
        questions: ['{x} login not working', 'cannot get into account via {x}'],
      },
      {
        title: 'Remove {x} from your profile',
        body: 'Go to Security, find {x} under connected sign-in methods and select Disconnect. Set a password first so you can still reach your account.',
        questions: ['unlink {x} from my profile', 'stop using {x} to sign in'],
      },
    ],
  },
  de: {
    billing: [
      {
        title: 'Zahlungsdaten für {x} ändern',
        body: 'Öffnen Sie die Kontoeinstellungen, wählen Sie Zahlungsarten und ersetzen Sie die Daten für {x}. Die Änderung gilt ab der nächsten Rechnung.',
        questions: ['wie ändere ich meine {x} daten', 'neue {x} angaben für rechnungen hinterlegen'],
      },
      {
        title: 'Warum wurde meine Zahlung mit {x} abgelehnt?',
        body: 'Eine Zahlung mit {x} wird abgelehnt, wenn die Bank sie sperrt, das Limit erreicht ist oder die Rechnungsadresse nicht stimmt.',
        questions: ['{x} zahlung geht nicht durch', 'bank lehnt {x} ab beim bezahlen'],
      },
      {
        title: 'Erstattungen auf {x}',
        body: 'Geld, das wir auf {x} zurückbuchen, kommt fünf bis zehn Werktage nach Genehmigung der Rücksendung an.',
        questions: ['wann bekomme ich mein geld auf {x} zurück', 'erstattung noch nicht auf {x} sichtbar'],
      },
    ],
    shipping: [
      {
        title: 'Sendung von {x} verfolgen',
        body: 'Jede Sendung mit {x} hat eine Sendungsnummer in der Versandbestätigung. Damit sehen Sie auf der Seite des Paketdienstes, wo das Paket ist.',
        questions: ['wo ist mein paket von {x}', 'sendungsnummer {x} lieferung'],
      },
      {
        title: 'Lieferzeiten mit {x}',
        body: 'Bestellungen, die wir an {x} übergeben, kommen meist in zwei bis vier Werktagen an. An Feiertagen kann es länger dauern.',
        questions: ['wie lange braucht {x}', 'dauer der zustellung mit {x}'],
      },
      {
        title: 'Zustellung von {x} verpasst',
        body: 'Wenn Sie nicht zu Hause waren, hinterlässt {x} eine Benachrichtigung und versucht es am nächsten Werktag erneut oder hinterlegt das Paket in einer Filiale.',
        questions: ['{x} kam als ich nicht da war', 'paket nicht zugestellt niemand zuhause {x}'],
      },
    ],
    returns: [
      {
        title: '{x} zurücksenden',
        body: 'Sie können den Artikel {x} innerhalb von 30 Tagen zurückschicken. Drucken Sie das kostenlose Etikett auf der Bestellseite aus.',
        questions: ['{x} zurückschicken', 'rücksendeetikett für {x}'],
      },
      {
        title: 'Garantie für {x}',
        body: 'Für {x} gilt eine Garantie von zwei Jahren auf Herstellungsfehler. Wenden Sie sich mit der Seriennummer an den Kundendienst.',
        questions: ['{x} defekt noch garantie', 'ist ein kaputter {x} abgedeckt'],
      },
      {
        title: 'Defektes Gerät {x} umtauschen',
        body: 'Kam {x} beschädigt an, schicken wir kostenlos Ersatz. Laden Sie ein Foto des Schadens hoch und heben Sie die Verpackung auf.',
        questions: ['{x} kaputt angekommen ersatz', 'beschädigten {x} umtauschen'],
      },
    ],
    account: [
      {
        title: 'Anmelden mit {x}',
        body: 'Wählen Sie auf der Anmeldeseite {x} und bestätigen Sie die Anfrage. Ihr Konto bleibt dasselbe, egal wie Sie sich anmelden.',
        questions: ['einloggen mit {x}', 'konto über {x} öffnen'],
      },
      {
        title: 'Probleme bei der Anmeldung mit {x}',
        body: 'Wenn die Anmeldung mit {x} scheitert, löschen Sie die Cookies und versuchen Sie es erneut. Der Support kann {x} von Ihrem Profil trennen.',
        questions: ['{x} login funktioniert nicht', 'komme nicht ins konto mit {x}'],
      },
      {
        title: '{x} aus dem Profil entfernen',
        body: 'Öffnen Sie Sicherheit, suchen Sie {x} unter verbundenen Anmeldemethoden und wählen Sie Trennen. Legen Sie vorher ein Passwort fest.',
        questions: ['{x} vom profil trennen', '{x} nicht mehr zum anmelden nutzen'],
      },
    ],
  },
  es: {
    billing: [
      {
        title: 'Actualizar los datos de pago de {x}',
        body: 'Abre la configuración de la cuenta, elige Métodos de pago y sustituye los datos de {x}. El cambio se aplica a la próxima factura.',
        questions: ['cómo cambio mi tarjeta {x}', 'nuevos datos de {x} para facturas'],
      },
      {
        title: '¿Por qué se rechazó mi pago con {x}?',
        body: 'Un pago con {x} se rechaza cuando el banco lo bloquea, se alcanza el límite o la dirección de facturación no coincide.',
        questions: ['{x} me rechaza el pago', 'el banco no acepta {x} al pagar'],
      },
      {
        title: 'Reembolsos a {x}',
        body: 'El dinero devuelto a {x} llega entre cinco y diez días hábiles después de aprobar la devolución.',
        questions: ['cuándo me devuelven el dinero en {x}', 'reembolso todavía no aparece en {x}'],
      },
    ],
    shipping: [
      {
        title: 'Seguir un paquete enviado con {x}',
        body: 'Cada envío con {x} tiene un número de seguimiento en el correo de confirmación. Introdúcelo en la web del transportista para ver dónde está el paquete.',
        questions: ['dónde está mi paquete de {x}', 'número de seguimiento {x} entrega'],
      },
      {
        title: 'Plazos de entrega de {x}',
        body: 'Los pedidos entregados a {x} suelen llegar en dos a cuatro días laborables. Los festivos pueden añadir algunos días.',
        questions: ['cuánto tarda {x} en entregar', 'tiempo de envío con {x}'],
      },
      {
        title: 'No estaba en casa cuando llegó {x}',
        body: 'Si no estabas, {x} deja un aviso y lo intenta de nuevo el siguiente día laborable o guarda el paquete en un punto de recogida.',
        questions: ['{x} vino cuando no estaba', 'paquete no entregado nadie en casa {x}'],
      },
    ],
    returns: [
      {
        title: 'Devolver {x}',
        body: 'Puedes devolver el artículo {x} en un plazo de 30 días. Imprime la etiqueta gratuita desde la página de pedidos.',
        questions: ['devolver {x} que compré', 'etiqueta de devolución para {x}'],
      },
      {
        title: 'Garantía de {x}',
        body: '{x} tiene dos años de garantía para defectos de fabricación. Contacta con soporte con el número de serie.',
        questions: ['{x} dejó de funcionar en garantía', 'cubre la garantía un {x} roto'],
      },
      {
        title: 'Cambiar un {x} defectuoso',
        body: 'Si {x} llegó dañado enviamos un repuesto sin coste. Sube una foto del daño y guarda el embalaje.',
        questions: ['{x} llegó roto quiero otro', 'cambiar {x} dañado por uno nuevo'],
      },
    ],
    account: [
      {
        title: 'Iniciar sesión con {x}',
        body: 'En la página de acceso elige {x} y confirma la solicitud. Tu cuenta es la misma uses el método que uses.',
        questions: ['entrar con {x}', 'acceder a mi cuenta mediante {x}'],
      },
      {
        title: 'Problemas para iniciar sesión con {x}',
        body: 'Si falla el acceso con {x}, borra las cookies del navegador y vuelve a intentarlo. Soporte puede desvincular {x} de tu perfil.',
        questions: ['{x} no me deja entrar', 'no puedo acceder a la cuenta con {x}'],
      },
      {
        title: 'Quitar {x} de tu perfil',
        body: 'Ve a Seguridad, busca {x} en los métodos de acceso conectados y elige Desconectar. Crea antes una contraseña.',
        questions: ['desvincular {x} de mi perfil', 'dejar de usar {x} para entrar'],
      },
    ],
  },
};
