import { defineMessages } from '../define';

/**
 * Reliability: trigger health, the coach's daily digest of problems, retention and purges.
 * Coach-facing only; no client ever reads these.
 */
export const reliability = defineMessages({
  fi: {
    'reliability.trigger.missing': 'Ajastus {handler} puuttui; se luotiin uudelleen.',
    'reliability.trigger.duplicate':
      'Ajastus {handler} oli {count} kertaa; ylimääräiset poistettiin.',
    'reliability.trigger.stale':
      'Ajastus {handler} ei ole toiminut {hours} tuntiin; se luotiin uudelleen.',
    'reliability.dispatch.catchUp':
      'Viikon {week} viikkoviestit olivat kesken; lähetys jatkuu tänään klo {time}.',
    'reliability.step.failed': 'Yövaihe {step} epäonnistui: {error}',
    'reliability.digest.subject':
      'Etäpaja: {count, plural, one {# huomio} other {# huomiota}} ({date})',
    'reliability.digest.intro':
      'Nämä asiat vaativat huomiota tai Etäpaja korjasi ne itse. Lisätiedot ovat Loki-välilehdellä.',
    'reliability.retention.archived':
      'Asiakkaan tiedot arkistoitiin ja poistettiin säilytysajan päätyttyä.',
    'reliability.retention.archiveName': 'Arkisto',
    'reliability.auth.formRefused': 'Lomakevastaus hylättiin. {reason}',
    'reliability.auth.formCapped':
      'Paljon hylättyjä lomakevastauksia; loput kirjattiin vain tarkistettaviksi.',
    'reliability.export.record':
      'Asiakastietue vietiin (tehtiin tai päivitettiin) ohjaajan pyynnöstä.',
    'reliability.export.absenceReport':
      'Poissaoloilmoitus {start}–{end} tehtiin ja tallennettiin Driveen.',
    'reliability.export.monthly': 'Kuukausiyhteenveto {month} tehtiin.',
  },
  sv: {
    'reliability.trigger.missing': 'Utlösaren {handler} saknades; den skapades på nytt.',
    'reliability.trigger.duplicate':
      'Utlösaren {handler} fanns {count} gånger; de extra togs bort.',
    'reliability.trigger.stale':
      'Utlösaren {handler} har inte körts på {hours} timmar; den skapades på nytt.',
    'reliability.dispatch.catchUp':
      'Veckobreven för vecka {week} var inte klara; utskicket fortsätter i dag kl. {time}.',
    'reliability.step.failed': 'Nattsteget {step} misslyckades: {error}',
    'reliability.digest.subject':
      'Etäpaja: {count, plural, one {# anmärkning} other {# anmärkningar}} ({date})',
    'reliability.digest.intro':
      'Detta behöver uppmärksamhet eller rättades av Etäpaja självt. Detaljer finns på fliken Logg.',
    'reliability.retention.archived':
      'Klientens uppgifter arkiverades och raderades efter lagringstiden.',
    'reliability.retention.archiveName': 'Arkiv',
    'reliability.auth.formRefused': 'Formulärsvaret avvisades. {reason}',
    'reliability.auth.formCapped': 'Många avvisade formulärsvar; resten finns bara för granskning.',
    'reliability.export.record':
      'Klientjournalen exporterades (gjordes eller uppdaterades) på handledarens begäran.',
    'reliability.export.absenceReport':
      'Frånvarorapporten {start}–{end} gjordes och sparades i Drive.',
    'reliability.export.monthly': 'Månadssammandraget {month} gjordes.',
  },
  en: {
    'reliability.trigger.missing': 'The {handler} trigger was missing; it was made again.',
    'reliability.trigger.duplicate':
      'The {handler} trigger was there {count} times; the extra ones were removed.',
    'reliability.trigger.stale':
      'The {handler} trigger has not run for {hours} hours; it was made again.',
    'reliability.dispatch.catchUp':
      'The weekly mails of week {week} were not finished; sending goes on today at {time}.',
    'reliability.step.failed': 'The nightly step {step} failed: {error}',
    'reliability.digest.subject':
      'Etäpaja: {count, plural, one {# thing} other {# things}} to look at ({date})',
    'reliability.digest.intro':
      'These need your attention, or Etäpaja repaired them itself. Details are on the Log sheet.',
    'reliability.retention.archived':
      "The client's data was archived and purged after the retention time.",
    'reliability.retention.archiveName': 'Archive',
    'reliability.auth.formRefused': 'A form response was refused. {reason}',
    'reliability.auth.formCapped':
      'Many refused form responses; the rest are only in the review list.',
    'reliability.export.record':
      "The client record was exported (made or updated) at a coach's request.",
    'reliability.export.absenceReport':
      'The absence report {start}–{end} was made and saved in Drive.',
    'reliability.export.monthly': 'The monthly summary {month} was made.',
  },
});
