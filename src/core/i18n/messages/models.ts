import { defineMessages } from '../define';

/** Orientation before tasks and the service models' effect on planning (src/core/service-models.ts). */
export const models = defineMessages({
  fi: {
    'plans.notOriented':
      'Asiakkaalle {clientId} ei suunniteltu tehtäviä: perehdytys puuttuu. Sovi perehdytystapaaminen ja merkitse Perehdytetty = kyllä, tai kirjoita syy sarakkeeseen Perehdytys ohitettu (syy).',
    'plans.orientationOverridden':
      'Asiakkaan {clientId} tehtävät suunniteltiin ennen perehdytystä. Ohjaajan syy: {reason}',
    'workbook.plan.skipped.on-site': 'paikan päällä (jaksomalli)',
  },
  sv: {
    'plans.notOriented':
      'Inga uppgifter planerades för klient {clientId}: introduktionen saknas. Boka ett introduktionsmöte och markera Introducerad = ja, eller skriv orsaken i kolumnen Introduktion överhoppad (orsak).',
    'plans.orientationOverridden':
      'Uppgifterna för klient {clientId} planerades före introduktionen. Handledarens orsak: {reason}',
    'workbook.plan.skipped.on-site': 'på plats (intervallmodell)',
  },
  en: {
    'plans.notOriented':
      'No tasks planned for client {clientId}: orientation is missing. Book an orientation meeting and set Oriented = yes, or write the reason in the Orientation skipped (reason) column.',
    'plans.orientationOverridden':
      "Client {clientId}'s tasks were planned before orientation. The coach's reason: {reason}",
    'workbook.plan.skipped.on-site': 'on site (interval model)',
  },
});
