import type { CallStatusLocale } from '../types';

/** German (Germany). */
export const deDE: CallStatusLocale = {
  tag: 'de-DE',
  messages: {
    label: 'Anrufstatus',
    'phase.idle': 'Bereit zum Anrufen',
    'phase.calling': 'Anruf wird aufgebaut\u00a0…',
    'phase.ringing': 'Klingelt\u00a0… {elapsed}',
    'phase.incoming': 'Eingehender Anruf\u00a0… {elapsed}',
    'phase.connected': 'Im Gespräch {duration}',
    'phase.ending': 'Anruf wird beendet\u00a0…',
    'phase.ended': 'Anruf beendet',
    'connection.lost':
      'Verbindung unterbrochen. Der Anruf läuft möglicherweise weiter, aber Sie können ihn eventuell nicht steuern.',
    'end.INVALID_TARGET.title': 'Ungültige Adresse',
    'end.INVALID_TARGET.description':
      'Diese Nummer oder Adresse kann nicht angerufen werden. Prüfen Sie sie und versuchen Sie es erneut.',
    'end.CONNECTION_ERROR.title': 'Keine Verbindung',
    'end.CONNECTION_ERROR.description':
      'Der Telefondienst ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
    'end.REQUEST_TIMEOUT.title': 'Zeitüberschreitung',
    'end.REQUEST_TIMEOUT.description':
      'Der Telefondienst hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es gleich noch einmal.',
    'end.SIP_FAILURE_CODE.title': 'Anruf fehlgeschlagen',
    'end.SIP_FAILURE_CODE.description':
      'Der Anruf konnte nicht hergestellt werden. Wenn das wiederholt passiert, wenden Sie sich an Ihr Support-Team.',
    'end.BUSY.title': 'Besetzt',
    'end.BUSY.description':
      'Die angerufene Person ist gerade beschäftigt. Versuchen Sie es später erneut oder senden Sie eine Nachricht.',
    'end.REJECTED.title': 'Anruf nicht angenommen',
    'end.REJECTED.description':
      'Die angerufene Person kann Ihren Anruf gerade nicht entgegennehmen. Sie können ihr eine Nachricht senden.',
    'end.REDIRECTED.title': 'Anruf weitergeleitet',
    'end.REDIRECTED.description':
      'Diese Person ist unter einer anderen Adresse erreichbar. Wählen Sie eine aus, um anzurufen.',
    'end.UNAVAILABLE.title': 'Nicht erreichbar',
    'end.UNAVAILABLE.description': 'Die angerufene Person ist gerade nicht erreichbar. Versuchen Sie es später erneut.',
    'end.NOT_FOUND.title': 'Nummer nicht gefunden',
    'end.NOT_FOUND.description':
      'Diese Nummer oder Adresse existiert nicht. Prüfen Sie sie und versuchen Sie es erneut.',
    'end.ADDRESS_INCOMPLETE.title': 'Unvollständige Nummer',
    'end.ADDRESS_INCOMPLETE.description':
      'Der Nummer oder Adresse scheint etwas zu fehlen. Prüfen Sie sie und versuchen Sie es erneut.',
    'end.INCOMPATIBLE_SDP.title': 'Anrufeinstellungen passen nicht',
    'end.INCOMPATIBLE_SDP.description':
      'Ihr Gerät und die Gegenseite konnten sich nicht auf Audio- oder Videoeinstellungen einigen.',
    'end.AUTHENTICATION_ERROR.title': 'Anmeldung fehlgeschlagen',
    'end.AUTHENTICATION_ERROR.description':
      'Der Telefondienst hat Ihre Zugangsdaten nicht akzeptiert. Geben Sie sie erneut ein, um anzurufen.',
    'end.BYE.title': 'Anruf beendet',
    'end.BYE.description': 'Sie haben den Anruf beendet.',
    'end.CANCELED.title': 'Anruf abgebrochen',
    'end.CANCELED.description': 'Sie haben den Anruf abgebrochen, bevor er angenommen wurde.',
    'end.NO_ANSWER.title': 'Keine Antwort',
    'end.NO_ANSWER.description':
      'Die angerufene Person hat nicht abgenommen. Versuchen Sie es später erneut oder senden Sie eine Nachricht.',
    'end.EXPIRES.title': 'Rufzeit abgelaufen',
    'end.EXPIRES.description': 'Das Klingeln wurde beendet, bevor der Anruf angenommen wurde.',
    'end.NO_ACK.title': 'Verbindung abgebrochen',
    'end.NO_ACK.description': 'Der Anruf wurde angenommen, aber die Verbindung konnte nicht hergestellt werden.',
    'end.NO_PRACK.title': 'Verbindungsaufbau fehlgeschlagen',
    'end.NO_PRACK.description': 'Die Gegenseite hat während des Verbindungsaufbaus nicht mehr reagiert.',
    'end.USER_DENIED_MEDIA_ACCESS.title': 'Mikrofon blockiert',
    'end.USER_DENIED_MEDIA_ACCESS.description':
      'Für Anrufe wird Ihr Mikrofon benötigt. Erlauben Sie den Zugriff darauf und versuchen Sie es erneut.',
    'end.WEBRTC_NOT_SUPPORTED.title': 'Anrufe nicht unterstützt',
    'end.WEBRTC_NOT_SUPPORTED.description':
      'Mit diesem Browser sind keine Anrufe möglich. Verwenden Sie einen aktuellen Browser.',
    'end.RTP_TIMEOUT.title': 'Audioverbindung unterbrochen',
    'end.RTP_TIMEOUT.description':
      'Die Audioverbindung ist ausgefallen. Prüfen Sie Ihr Netzwerk und rufen Sie erneut an.',
    'end.BAD_MEDIA_DESCRIPTION.title': 'Verbindungsaufbau fehlgeschlagen',
    'end.BAD_MEDIA_DESCRIPTION.description':
      'Die Gegenseite hat Anrufeinstellungen gesendet, die Ihr Gerät nicht verwenden kann.',
    'end.DIALOG_ERROR.title': 'Anruf unterbrochen',
    'end.DIALOG_ERROR.description': 'Der Anruf reagiert nicht mehr. Bitte rufen Sie erneut an.',
    'end.COMPLETED_ELSEWHERE.title': 'Auf anderem Gerät angenommen',
    'end.COMPLETED_ELSEWHERE.description': 'Dieser Anruf wurde auf einem Ihrer anderen Geräte angenommen.',
    'end.UNKNOWN.title': 'Anruf beendet',
    'end.UNKNOWN.description': 'Dieser Anruf wurde beendet.',
    'end.BYE_REMOTE.title': 'Anruf beendet',
    'end.BYE_REMOTE.description': 'Die andere Person hat den Anruf beendet.',
    'end.MISSED.title': 'Verpasster Anruf',
    'end.MISSED.description': 'Sie haben einen Anruf verpasst. Sie können zurückrufen.',
    'end.DECLINED_LOCAL.title': 'Anruf abgelehnt',
    'end.DECLINED_LOCAL.description': 'Sie haben den Anruf abgelehnt.',
    'end.FORBIDDEN.title': 'Anruf nicht erlaubt',
    'end.FORBIDDEN.description':
      'Ihr Konto darf diesen Anruf nicht tätigen. Wenden Sie sich an Ihre Administration, falls Sie ihn benötigen.',
    'end.UNWANTED.title': 'Anruf nicht entgegengenommen',
    'end.UNWANTED.description': 'Die angerufene Person möchte diesen Anruf nicht entgegennehmen.',
    'end.BLOCKED.title': 'Anruf blockiert',
    'end.BLOCKED.description':
      'Ein Netzdienst hat diesen Anruf blockiert. Wenn Sie das für einen Fehler halten, wenden Sie sich an Ihren Anbieter.',
    'end.SERVER_ERROR.title': 'Störung beim Dienst',
    'end.SERVER_ERROR.description':
      'Beim Telefondienst ist beim Verbinden des Anrufs ein Problem aufgetreten. Bitte versuchen Sie es gleich noch einmal.',
    'action.retry': 'Erneut anrufen',
    'action.retryCountdown': { one: 'Erneut anrufen in {count} Sekunde', other: 'Erneut anrufen in {count} Sekunden' },
    'action.messageBack': 'Nachricht senden',
    'action.callRedirectTarget': '{target} anrufen',
    'action.editTarget': 'Adresse bearbeiten',
    'action.authenticate': 'Zugangsdaten eingeben',
    'action.grantMedia': 'Mikrofon erlauben',
    'action.callBack': 'Zurückrufen',
    'action.dismiss': 'Schließen',
    'help.grantMedia':
      'Öffnen Sie die Website-Einstellungen Ihres Browsers (das Symbol neben der Adressleiste), erlauben Sie das Mikrofon und rufen Sie dann erneut an.',
    'messageBack.label': 'Nachricht',
    'messageBack.defaultText': 'Ich habe versucht, Sie anzurufen. Bitte rufen Sie mich zurück, wenn es Ihnen passt.',
    'messageBack.send': 'Senden',
    'messageBack.cancel': 'Abbrechen',
    'messageBack.sending': 'Wird gesendet\u00a0…',
    'messageBack.sent': 'Nachricht gesendet.',
    'messageBack.failed': 'Die Nachricht konnte nicht gesendet werden.',
    'details.summary': 'Technische Details',
    'details.status': 'SIP-Status',
    'details.reasonPhrase': 'Statustext',
    'details.q850': 'Q.850-Ursache',
    'details.warning': 'Warnung',
    'details.retryAfter': {
      one: 'Sie können in {count} Sekunde erneut anrufen.',
      other: 'Sie können in {count} Sekunden erneut anrufen.',
    },
    'q850.1': 'Rufnummer nicht vergeben',
    'q850.16': 'Normale Auslösung',
    'q850.17': 'Teilnehmer besetzt',
    'q850.18': 'Teilnehmer reagiert nicht',
    'q850.19': 'Teilnehmer meldet sich nicht',
    'q850.20': 'Teilnehmer abwesend',
    'q850.21': 'Anruf abgewiesen',
    'q850.22': 'Rufnummer geändert',
    'q850.27': 'Ziel außer Betrieb',
    'q850.28': 'Ungültiges Rufnummernformat',
    'q850.31': 'Normal, nicht spezifiziert',
    'q850.34': 'Keine Leitung verfügbar',
    'q850.38': 'Netz außer Betrieb',
    'q850.41': 'Vorübergehender Fehler',
    'q850.102': 'Wiederherstellung nach Timer-Ablauf',
    'q850.127': 'Netzübergang, nicht spezifiziert',
  },
};

export default deDE;
