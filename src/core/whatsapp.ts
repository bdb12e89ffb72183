/**
 * WhatsApp click-to-chat links (https://faq.whatsapp.com/5913398998672934): the coach opens the
 * link and sends the prefilled text from their own phone. No WhatsApp API, no data to Meta
 * beyond what the coach sends by hand.
 */
export function whatsappLink(phone: string, text: string): string | null {
  const digits = phone.replace(/\D/g, '');
  // wa.me wants the full international number without + or leading zeros.
  if (digits.length < 8 || phone.trim().startsWith('0')) return null;
  return `https://wa.me/${digits}?text=${encodeURIComponent(text)}`;
}
