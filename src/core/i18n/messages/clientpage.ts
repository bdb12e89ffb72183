import { defineMessages } from '../define';

/**
 * The client's own page in the web app (issue 17): plain language (selkokieli), short
 * sentences, no codes. `{…}` are filled in by src/webapp/client-page.ts.
 */
export const clientpage = defineMessages({
  fi: {
    'clientpage.title': 'Oma sivuni',
    'clientpage.intro': 'Tällä sivulla näet oman viikkosi, päiväkirjasi ja läsnäolosi.',
    'clientpage.week': 'Tuleva viikko',
    'clientpage.noWeek': 'Sinulla ei ole työtoimintapäiviä seuraavan viikon aikana.',
    'clientpage.remote': 'Etäpäivä kotona',
    'clientpage.inPerson': 'Lähipäivä paikan päällä',
    'clientpage.hours': 'noin {hours} tuntia',
    'clientpage.diaries': 'Päiväkirjani',
    'clientpage.diaryWhy': 'Päiväkirja on merkintä siitä, että olit mukana työtoiminnassa.',
    'clientpage.noDiaries': 'Et ole vielä lähettänyt päiväkirjaa.',
    'clientpage.diarySent': 'päiväkirja lähetetty',
    'clientpage.confirmed': 'Ohjaajan vahvistamat päivät',
    'clientpage.noConfirmed': 'Ohjaaja ei ole vielä vahvistanut päiviä.',
    'clientpage.present': 'Olit mukana',
    'clientpage.absent': 'Poissa: {reason}',
    'clientpage.noService': 'Työtoimintaa ei järjestetty',
    'clientpage.allowance':
      'Kulukorvaus: {days} päivää, yhteensä {euros} €. Kela maksaa sen vahvistetuista päivistä.',
    'clientpage.toCheck': 'Ohjaaja tarkistaa vielä {count} päivää.',
    'clientpage.write': 'Kirjoita päivän päiväkirja',
    'clientpage.upload': 'Lähetä tehtävä ohjaajalle',
    'clientpage.refused':
      'Linkki ei toimi. Käytä uusinta linkkiä viikkoviestistäsi tai kysy ohjaajaltasi.',
    'clientpage.diary.title': 'Päivän päiväkirja',
    'clientpage.diary.why':
      'Päiväkirja on läsnäolomerkintäsi: siitä ohjaaja näkee, että olit mukana työtoiminnassa.',
    'clientpage.diary.send': 'Lähetä päiväkirja',
    'clientpage.diary.saved': 'Kiitos! Päiväkirja {date} on tallennettu.',
    'clientpage.diary.updated': 'Kiitos! Päiväkirja {date} on päivitetty.',
    'clientpage.diary.badHours': 'Kirjoita tunnit numerona, esimerkiksi 4 tai 4,5.',
    'clientpage.diary.busy': 'Tallennus ei onnistunut juuri nyt. Yritä hetken päästä uudelleen.',
    'clientpage.diary.refused.future':
      'Päivä {date} ei ole vielä tullut. Valitse tämä päivä tai aiempi.',
    'clientpage.diary.refused.before-period': 'Päivä {date} on ennen työtoimintasi alkua.',
    'clientpage.diary.refused.after-period': 'Päivä {date} on työtoimintajaksosi jälkeen.',
    'clientpage.diary.refused.not-work-day': 'Päivä {date} ei ole työtoimintapäiväsi.',
    'clientpage.diary.refused.holiday': 'Päivä {date} on pyhäpäivä. Silloin ei ole työtoimintaa.',
    'clientpage.diary.refused.closed': 'Päivänä {date} ei ole työtoimintaa.',
  },
  sv: {
    'clientpage.title': 'Min sida',
    'clientpage.intro': 'Här ser du din vecka, din dagbok och din närvaro.',
    'clientpage.week': 'Kommande vecka',
    'clientpage.noWeek': 'Du har inga dagar med arbetsverksamhet under nästa vecka.',
    'clientpage.remote': 'Distansdag hemma',
    'clientpage.inPerson': 'Närdag på plats',
    'clientpage.hours': 'cirka {hours} timmar',
    'clientpage.diaries': 'Min dagbok',
    'clientpage.diaryWhy': 'Dagboken visar att du var med i arbetsverksamheten.',
    'clientpage.noDiaries': 'Du har inte skickat någon dagbok ännu.',
    'clientpage.diarySent': 'dagboken skickad',
    'clientpage.confirmed': 'Dagar som handledaren har bekräftat',
    'clientpage.noConfirmed': 'Handledaren har inte bekräftat några dagar ännu.',
    'clientpage.present': 'Du var med',
    'clientpage.absent': 'Frånvarande: {reason}',
    'clientpage.noService': 'Ingen arbetsverksamhet ordnades',
    'clientpage.allowance':
      'Kostnadsersättning: {days} dagar, sammanlagt {euros} €. FPA betalar den för bekräftade dagar.',
    'clientpage.toCheck': 'Handledaren kontrollerar ännu {count} dagar.',
    'clientpage.write': 'Skriv dagens dagbok',
    'clientpage.upload': 'Skicka en uppgift till handledaren',
    'clientpage.refused':
      'Länken fungerar inte. Använd den senaste länken i ditt veckobrev eller fråga din handledare.',
    'clientpage.diary.title': 'Dagens dagbok',
    'clientpage.diary.why':
      'Dagboken är din närvaroanteckning: av den ser handledaren att du var med i arbetsverksamheten.',
    'clientpage.diary.send': 'Skicka dagboken',
    'clientpage.diary.saved': 'Tack! Dagboken för {date} är sparad.',
    'clientpage.diary.updated': 'Tack! Dagboken för {date} är uppdaterad.',
    'clientpage.diary.badHours': 'Skriv timmarna som ett tal, till exempel 4 eller 4,5.',
    'clientpage.diary.busy': 'Det gick inte att spara just nu. Försök igen om en stund.',
    'clientpage.diary.refused.future':
      'Dagen {date} har inte kommit än. Välj i dag eller en tidigare dag.',
    'clientpage.diary.refused.before-period': 'Dagen {date} är före din arbetsverksamhet började.',
    'clientpage.diary.refused.after-period':
      'Dagen {date} är efter din period med arbetsverksamhet.',
    'clientpage.diary.refused.not-work-day':
      'Dagen {date} är inte en av dina dagar med arbetsverksamhet.',
    'clientpage.diary.refused.holiday':
      'Dagen {date} är en helgdag. Då finns ingen arbetsverksamhet.',
    'clientpage.diary.refused.closed': 'Dagen {date} finns ingen arbetsverksamhet.',
  },
  en: {
    'clientpage.title': 'My page',
    'clientpage.intro': 'Here you see your week, your diary and your attendance.',
    'clientpage.week': 'Coming week',
    'clientpage.noWeek': 'You have no work activity days in the next week.',
    'clientpage.remote': 'Remote day at home',
    'clientpage.inPerson': 'Day on site',
    'clientpage.hours': 'about {hours} hours',
    'clientpage.diaries': 'My diary',
    'clientpage.diaryWhy': 'Your diary shows that you took part in the work activity.',
    'clientpage.noDiaries': 'You have not sent a diary yet.',
    'clientpage.diarySent': 'diary sent',
    'clientpage.confirmed': 'Days your coach has confirmed',
    'clientpage.noConfirmed': 'Your coach has not confirmed any days yet.',
    'clientpage.present': 'You took part',
    'clientpage.absent': 'Absent: {reason}',
    'clientpage.noService': 'No work activity was arranged',
    'clientpage.allowance':
      'Expense allowance: {days} days, {euros} € in total. Kela pays it for confirmed days.',
    'clientpage.toCheck': 'Your coach is still checking {count} days.',
    'clientpage.write': "Write today's diary",
    'clientpage.upload': 'Send a task to your coach',
    'clientpage.refused':
      'This link does not work. Use the latest link in your weekly email or ask your coach.',
    'clientpage.diary.title': "Today's diary",
    'clientpage.diary.why':
      'Your diary is your attendance record: it shows your coach that you took part in the work activity.',
    'clientpage.diary.send': 'Send the diary',
    'clientpage.diary.saved': 'Thank you! Your diary for {date} is saved.',
    'clientpage.diary.updated': 'Thank you! Your diary for {date} is updated.',
    'clientpage.diary.badHours': 'Write the hours as a number, for example 4 or 4.5.',
    'clientpage.diary.busy': 'Saving did not work just now. Please try again in a moment.',
    'clientpage.diary.refused.future':
      'The day {date} has not come yet. Choose today or an earlier day.',
    'clientpage.diary.refused.before-period':
      'The day {date} is before your work activity started.',
    'clientpage.diary.refused.after-period': 'The day {date} is after your work activity period.',
    'clientpage.diary.refused.not-work-day':
      'The day {date} is not one of your work activity days.',
    'clientpage.diary.refused.holiday':
      'The day {date} is a public holiday. There is no work activity then.',
    'clientpage.diary.refused.closed': 'There is no work activity on {date}.',
  },
});
