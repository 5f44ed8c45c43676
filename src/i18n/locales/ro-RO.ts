import type { CallStatusLocale } from '../types';

/** Romanian (Romania). */
export const roRO: CallStatusLocale = {
  tag: 'ro-RO',
  messages: {
    label: 'Starea apelului',
    'phase.idle': 'Gata de apelare',
    'phase.calling': 'Se apelează…',
    'phase.ringing': 'Sună… {elapsed}',
    'phase.incoming': 'Apel de intrare… {elapsed}',
    'phase.connected': 'În apel {duration}',
    'phase.ending': 'Se încheie apelul…',
    'phase.ended': 'Apel încheiat',
    'connection.lost': 'Conexiunea s-a pierdut. Apelul poate continua, dar este posibil să nu îl mai puteți controla.',

    'end.INVALID_TARGET.title': 'Adresă nevalidă',
    'end.INVALID_TARGET.description':
      'Nu se poate apela acest număr sau această adresă. Verificați datele și încercați din nou.',
    'end.CONNECTION_ERROR.title': 'Fără conexiune',
    'end.CONNECTION_ERROR.description':
      'Serviciul de telefonie nu a putut fi contactat. Verificați conexiunea la internet și încercați din nou.',
    'end.REQUEST_TIMEOUT.title': 'Serviciul nu răspunde',
    'end.REQUEST_TIMEOUT.description':
      'Serviciul de telefonie nu a răspuns la timp. Încercați din nou peste câteva momente.',
    'end.SIP_FAILURE_CODE.title': 'Apel eșuat',
    'end.SIP_FAILURE_CODE.description':
      'Apelul nu a putut fi finalizat. Dacă problema persistă, contactați echipa de asistență.',
    'end.BUSY.title': 'Linie ocupată',
    'end.BUSY.description': 'Persoana apelată este ocupată. Încercați mai târziu sau trimiteți-i un mesaj.',
    'end.REJECTED.title': 'Apel fără răspuns',
    'end.REJECTED.description':
      'Persoana apelată nu vă poate prelua apelul în acest moment. Îi puteți trimite un mesaj.',
    'end.REDIRECTED.title': 'Apel redirecționat',
    'end.REDIRECTED.description': 'Această persoană poate fi contactată la o altă adresă. Alegeți una pentru a suna.',
    'end.UNAVAILABLE.title': 'Indisponibil',
    'end.UNAVAILABLE.description': 'Persoana apelată nu este disponibilă în acest moment. Încercați mai târziu.',
    'end.NOT_FOUND.title': 'Număr inexistent',
    'end.NOT_FOUND.description': 'Acest număr sau această adresă nu există. Verificați datele și încercați din nou.',
    'end.ADDRESS_INCOMPLETE.title': 'Număr incomplet',
    'end.ADDRESS_INCOMPLETE.description':
      'Se pare că lipsește ceva din număr sau din adresă. Verificați datele și încercați din nou.',
    'end.INCOMPATIBLE_SDP.title': 'Setări incompatibile',
    'end.INCOMPATIBLE_SDP.description':
      'Dispozitivul dumneavoastră și cel de la celălalt capăt nu au putut conveni asupra setărilor audio sau video.',
    'end.AUTHENTICATION_ERROR.title': 'Autentificare eșuată',
    'end.AUTHENTICATION_ERROR.description':
      'Serviciul de telefonie nu a acceptat datele de autentificare. Introduceți-le din nou pentru a suna.',
    'end.BYE.title': 'Apel încheiat',
    'end.BYE.description': 'Ați încheiat apelul.',
    'end.CANCELED.title': 'Apel anulat',
    'end.CANCELED.description': 'Ați anulat apelul înainte să primească răspuns.',
    'end.NO_ANSWER.title': 'Niciun răspuns',
    'end.NO_ANSWER.description': 'Persoana apelată nu a răspuns. Încercați mai târziu sau trimiteți-i un mesaj.',
    'end.EXPIRES.title': 'Timp expirat',
    'end.EXPIRES.description': 'Apelul a încetat să sune înainte să primească răspuns.',
    'end.NO_ACK.title': 'Apelul a căzut',
    'end.NO_ACK.description': 'S-a răspuns la apel, dar conexiunea nu a putut fi finalizată.',
    'end.NO_PRACK.title': 'Conectare eșuată',
    'end.NO_PRACK.description': 'Celălalt capăt a încetat să răspundă în timpul inițierii apelului.',
    'end.USER_DENIED_MEDIA_ACCESS.title': 'Microfon blocat',
    'end.USER_DENIED_MEDIA_ACCESS.description':
      'Pentru apeluri este nevoie de microfon. Permiteți accesul la acesta, apoi încercați din nou.',
    'end.WEBRTC_NOT_SUPPORTED.title': 'Apeluri neacceptate',
    'end.WEBRTC_NOT_SUPPORTED.description': 'Acest browser nu poate efectua apeluri. Încercați un browser actualizat.',
    'end.RTP_TIMEOUT.title': 'Conexiune audio pierdută',
    'end.RTP_TIMEOUT.description': 'Conexiunea audio a eșuat. Verificați rețeaua și sunați din nou.',
    'end.BAD_MEDIA_DESCRIPTION.title': 'Conectare eșuată',
    'end.BAD_MEDIA_DESCRIPTION.description':
      'Celălalt capăt a trimis setări de apel pe care dispozitivul dumneavoastră nu le poate folosi.',
    'end.DIALOG_ERROR.title': 'Apel întrerupt',
    'end.DIALOG_ERROR.description': 'Apelul nu mai răspunde. Încercați să sunați din nou.',
    'end.COMPLETED_ELSEWHERE.title': 'Preluat pe alt dispozitiv',
    'end.COMPLETED_ELSEWHERE.description':
      'Apelul a fost preluat pe unul dintre celelalte dispozitive ale dumneavoastră.',

    'end.UNKNOWN.title': 'Apel încheiat',
    'end.UNKNOWN.description': 'Acest apel s-a încheiat.',
    'end.BYE_REMOTE.title': 'Apel încheiat',
    'end.BYE_REMOTE.description': 'Cealaltă persoană a încheiat apelul.',
    'end.MISSED.title': 'Apel pierdut',
    'end.MISSED.description': 'Aveți un apel pierdut. Puteți suna înapoi.',
    'end.DECLINED_LOCAL.title': 'Apel respins',
    'end.DECLINED_LOCAL.description': 'Ați respins apelul.',
    'end.FORBIDDEN.title': 'Apel nepermis',
    'end.FORBIDDEN.description':
      'Contul dumneavoastră nu are permisiunea de a efectua acest apel. Dacă aveți nevoie de el, contactați administratorul.',
    'end.UNWANTED.title': 'Apel neacceptat',
    'end.UNWANTED.description': 'Persoana apelată a ales să nu primească acest apel.',
    'end.BLOCKED.title': 'Apel blocat',
    'end.BLOCKED.description':
      'Un serviciu de rețea a blocat acest apel. Dacă credeți că este o greșeală, contactați furnizorul.',
    'end.SERVER_ERROR.title': 'Problemă la serviciu',
    'end.SERVER_ERROR.description':
      'Serviciul de telefonie a întâmpinat o problemă la conectarea apelului. Încercați din nou peste câteva momente.',

    'action.retry': 'Sunați din nou',
    'action.retryCountdown': {
      one: 'Sunați din nou peste {count} secundă',
      few: 'Sunați din nou peste {count} secunde',
      other: 'Sunați din nou peste {count} de secunde',
    },
    'action.messageBack': 'Trimiteți un mesaj',
    'action.callRedirectTarget': 'Apelați {target}',
    'action.editTarget': 'Editați adresa',
    'action.authenticate': 'Introduceți datele de autentificare',
    'action.grantMedia': 'Permiteți microfonul',
    'action.callBack': 'Sunați înapoi',
    'action.dismiss': 'Închideți',
    'help.grantMedia':
      'Deschideți setările site-ului în browser (pictograma de lângă bara de adrese), permiteți microfonul, apoi sunați din nou.',

    'messageBack.label': 'Mesaj',
    'messageBack.defaultText': 'Am încercat să vă sun. Vă rog să mă sunați înapoi când puteți.',
    'messageBack.send': 'Trimiteți',
    'messageBack.cancel': 'Anulați',
    'messageBack.sending': 'Se trimite…',
    'messageBack.sent': 'Mesaj trimis.',
    'messageBack.failed': 'Mesajul nu a putut fi trimis.',

    'details.summary': 'Detalii',
    'details.status': 'Stare SIP',
    'details.reasonPhrase': 'Textul motivului',
    'details.q850': 'Cauză Q.850',
    'details.warning': 'Avertisment',
    'details.retryAfter': {
      one: 'Puteți suna din nou peste {count} secundă.',
      few: 'Puteți suna din nou peste {count} secunde.',
      other: 'Puteți suna din nou peste {count} de secunde.',
    },

    'q850.1': 'Număr nealocat',
    'q850.16': 'Eliberare normală a apelului',
    'q850.17': 'Utilizator ocupat',
    'q850.18': 'Niciun utilizator nu răspunde',
    'q850.19': 'Utilizatorul nu răspunde',
    'q850.20': 'Abonat absent',
    'q850.21': 'Apel respins',
    'q850.22': 'Număr schimbat',
    'q850.27': 'Destinație nefuncțională',
    'q850.28': 'Format de număr nevalid',
    'q850.31': 'Normal, nespecificat',
    'q850.34': 'Niciun circuit disponibil',
    'q850.38': 'Rețea nefuncțională',
    'q850.41': 'Defecțiune temporară',
    'q850.102': 'Recuperare la expirarea temporizatorului',
    'q850.127': 'Interfuncționare, nespecificat',
  },
};

export default roRO;
