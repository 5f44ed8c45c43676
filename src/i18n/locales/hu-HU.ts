import type { CallStatusLocale } from '../types';

/** Hungarian (Hungary). */
export const huHU: CallStatusLocale = {
  tag: 'hu-HU',
  messages: {
    label: 'Hívás állapota',
    'phase.idle': 'Hívásra kész',
    'phase.calling': 'Hívás…',
    'phase.ringing': 'Kicseng… {elapsed}',
    'phase.incoming': 'Bejövő hívás… {elapsed}',
    'phase.connected': 'Hívásban {duration}',
    'phase.ending': 'Hívás befejezése…',
    'phase.ended': 'A hívás véget ért',
    'connection.lost': 'Megszakadt a kapcsolat. A hívás folytatódhat, de lehet, hogy nem tudja kezelni.',

    'end.INVALID_TARGET.title': 'Érvénytelen cím',
    'end.INVALID_TARGET.description': 'Ez a szám vagy cím nem hívható. Ellenőrizze, majd próbálja újra.',
    'end.CONNECTION_ERROR.title': 'Nincs kapcsolat',
    'end.CONNECTION_ERROR.description':
      'A telefonszolgáltatás nem érhető el. Ellenőrizze az internetkapcsolatot, majd próbálja újra.',
    'end.REQUEST_TIMEOUT.title': 'A szolgáltatás nem válaszol',
    'end.REQUEST_TIMEOUT.description':
      'A telefonszolgáltatás nem válaszolt időben. Kérjük, próbálja újra egy kis idő múlva.',
    'end.SIP_FAILURE_CODE.title': 'Sikertelen hívás',
    'end.SIP_FAILURE_CODE.description':
      'A hívást nem sikerült létrehozni. Ha a probléma továbbra is fennáll, forduljon a támogatási csapathoz.',
    'end.BUSY.title': 'Foglalt',
    'end.BUSY.description': 'A hívott fél foglalt. Próbálja újra később, vagy küldjön neki üzenetet.',
    'end.REJECTED.title': 'A hívás nem fogadható',
    'end.REJECTED.description': 'A hívott fél most nem tudja fogadni a hívását. Küldhet neki üzenetet.',
    'end.REDIRECTED.title': 'Hívás átirányítva',
    'end.REDIRECTED.description': 'Ez a személy egy másik címen érhető el. Válassza ki, melyiket hívja.',
    'end.UNAVAILABLE.title': 'Nem elérhető',
    'end.UNAVAILABLE.description': 'A hívott fél jelenleg nem elérhető. Próbálja újra később.',
    'end.NOT_FOUND.title': 'A szám nem található',
    'end.NOT_FOUND.description': 'Ez a szám vagy cím nem létezik. Ellenőrizze, majd próbálja újra.',
    'end.ADDRESS_INCOMPLETE.title': 'Hiányos szám',
    'end.ADDRESS_INCOMPLETE.description':
      'Úgy tűnik, hiányzik valami a számból vagy a címből. Ellenőrizze, majd próbálja újra.',
    'end.INCOMPATIBLE_SDP.title': 'Eltérő hívásbeállítások',
    'end.INCOMPATIBLE_SDP.description':
      'Az Ön eszköze és a másik fél nem tudott megegyezni a hang- vagy videobeállításokban.',
    'end.AUTHENTICATION_ERROR.title': 'Sikertelen bejelentkezés',
    'end.AUTHENTICATION_ERROR.description':
      'A telefonszolgáltatás nem fogadta el a hitelesítő adatait. Adja meg őket újra a híváshoz.',
    'end.BYE.title': 'A hívás véget ért',
    'end.BYE.description': 'Ön befejezte a hívást.',
    'end.CANCELED.title': 'Hívás megszakítva',
    'end.CANCELED.description': 'Ön megszakította a hívást, mielőtt fogadták volna.',
    'end.NO_ANSWER.title': 'Nincs válasz',
    'end.NO_ANSWER.description': 'A hívott fél nem vette fel. Próbálja újra később, vagy küldjön neki üzenetet.',
    'end.EXPIRES.title': 'Időtúllépés',
    'end.EXPIRES.description': 'A hívás kicsengése véget ért, mielőtt fogadták volna.',
    'end.NO_ACK.title': 'A hívás megszakadt',
    'end.NO_ACK.description': 'A hívást fogadták, de a kapcsolatot nem sikerült létrehozni.',
    'end.NO_PRACK.title': 'Sikertelen hívásfelépítés',
    'end.NO_PRACK.description': 'A másik oldal a hívás felépítése közben nem válaszolt tovább.',
    'end.USER_DENIED_MEDIA_ACCESS.title': 'Mikrofon letiltva',
    'end.USER_DENIED_MEDIA_ACCESS.description':
      'A hívásokhoz mikrofon szükséges. Engedélyezze a hozzáférést, majd próbálja újra.',
    'end.WEBRTC_NOT_SUPPORTED.title': 'Hívás nem támogatott',
    'end.WEBRTC_NOT_SUPPORTED.description':
      'Ez a böngésző nem tud hívást indítani. Használjon egy naprakész böngészőt.',
    'end.RTP_TIMEOUT.title': 'Megszakadt a hang',
    'end.RTP_TIMEOUT.description': 'A hangkapcsolat megszakadt. Ellenőrizze a hálózatot, majd indítsa újra a hívást.',
    'end.BAD_MEDIA_DESCRIPTION.title': 'Sikertelen hívásfelépítés',
    'end.BAD_MEDIA_DESCRIPTION.description':
      'A másik oldal olyan hívásbeállításokat küldött, amelyeket az Ön eszköze nem tud használni.',
    'end.DIALOG_ERROR.title': 'A hívás félbeszakadt',
    'end.DIALOG_ERROR.description': 'A hívás nem reagál. Próbálja meg újra hívni.',
    'end.COMPLETED_ELSEWHERE.title': 'Másik eszközön fogadva',
    'end.COMPLETED_ELSEWHERE.description': 'Ezt a hívást az Ön egyik másik eszközén fogadták.',

    'end.UNKNOWN.title': 'A hívás véget ért',
    'end.UNKNOWN.description': 'Ez a hívás véget ért.',
    'end.BYE_REMOTE.title': 'A hívás véget ért',
    'end.BYE_REMOTE.description': 'A másik fél befejezte a hívást.',
    'end.MISSED.title': 'Nem fogadott hívás',
    'end.MISSED.description': 'Nem fogadott egy hívást. Visszahívhatja a hívó felet.',
    'end.DECLINED_LOCAL.title': 'Hívás elutasítva',
    'end.DECLINED_LOCAL.description': 'Ön elutasította a hívást.',
    'end.FORBIDDEN.title': 'A hívás nem engedélyezett',
    'end.FORBIDDEN.description':
      'A fiókjával ez a hívás nem indítható. Ha szüksége van rá, forduljon a rendszergazdához.',
    'end.UNWANTED.title': 'A hívást nem fogadták el',
    'end.UNWANTED.description': 'A hívott fél úgy döntött, hogy nem fogadja ezt a hívást.',
    'end.BLOCKED.title': 'Hívás letiltva',
    'end.BLOCKED.description':
      'Egy hálózati szolgáltatás letiltotta ezt a hívást. Ha úgy gondolja, hogy ez tévedés, forduljon a szolgáltatójához.',
    'end.SERVER_ERROR.title': 'Szolgáltatási hiba',
    'end.SERVER_ERROR.description':
      'A telefonszolgáltatásnál hiba történt a hívás kapcsolásakor. Kérjük, próbálja újra egy kis idő múlva.',

    'action.retry': 'Újrahívás',
    'action.retryCountdown': {
      one: 'Újrahívás {count} másodperc múlva',
      other: 'Újrahívás {count} másodperc múlva',
    },
    'action.messageBack': 'Üzenet küldése',
    'action.callRedirectTarget': '{target} hívása',
    'action.editTarget': 'Cím szerkesztése',
    'action.authenticate': 'Hitelesítő adatok megadása',
    'action.grantMedia': 'Mikrofon engedélyezése',
    'action.callBack': 'Visszahívás',
    'action.dismiss': 'Bezárás',
    'help.grantMedia':
      'Nyissa meg a böngészőben a webhely beállításait (a címsor melletti ikon), engedélyezze a mikrofont, majd indítsa újra a hívást.',

    'messageBack.label': 'Üzenet',
    'messageBack.defaultText': 'Próbáltam hívni Önt. Kérem, hívjon vissza, amikor tud.',
    'messageBack.send': 'Küldés',
    'messageBack.cancel': 'Mégse',
    'messageBack.sending': 'Küldés…',
    'messageBack.sent': 'Üzenet elküldve.',
    'messageBack.failed': 'Az üzenetet nem sikerült elküldeni.',

    'details.summary': 'Részletek',
    'details.status': 'SIP-állapot',
    'details.reasonPhrase': 'Indoklás szövege',
    'details.q850': 'Q.850 szerinti ok',
    'details.warning': 'Figyelmeztetés',
    'details.retryAfter': {
      one: '{count} másodperc múlva hívhat újra.',
      other: '{count} másodperc múlva hívhat újra.',
    },

    'q850.1': 'Nem kiosztott szám',
    'q850.16': 'Normál hívásbontás',
    'q850.17': 'Foglalt felhasználó',
    'q850.18': 'Nincs válaszoló felhasználó',
    'q850.19': 'A felhasználó nem válaszol',
    'q850.20': 'Az előfizető nincs jelen',
    'q850.21': 'Hívás elutasítva',
    'q850.22': 'Megváltozott szám',
    'q850.27': 'A cél nem üzemel',
    'q850.28': 'Érvénytelen számformátum',
    'q850.31': 'Normál, nem meghatározott',
    'q850.34': 'Nincs szabad áramkör',
    'q850.38': 'A hálózat nem üzemel',
    'q850.41': 'Átmeneti hiba',
    'q850.102': 'Helyreállítás időzítő lejártakor',
    'q850.127': 'Együttműködés, nem meghatározott',
  },
};

export default huHU;
