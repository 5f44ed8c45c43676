import type { CallStatusLocale } from '../types';

/** French (France). */
export const frFR: CallStatusLocale = {
  tag: 'fr-FR',
  messages: {
    label: 'État de l’appel',
    'phase.idle': 'Prêt à appeler',
    'phase.calling': 'Appel en cours…',
    'phase.ringing': 'Sonnerie… {elapsed}',
    'phase.incoming': 'Appel entrant… {elapsed}',
    'phase.connected': 'En communication {duration}',
    'phase.ending': 'Fin de l’appel…',
    'phase.ended': 'Appel terminé',
    'connection.lost': 'Connexion perdue. L’appel peut continuer, mais vous ne pourrez peut-être pas le contrôler.',

    'end.INVALID_TARGET.title': 'Adresse non valide',
    'end.INVALID_TARGET.description':
      'Impossible d’appeler ce numéro ou cette adresse. Vérifiez la saisie et réessayez.',
    'end.CONNECTION_ERROR.title': 'Pas de connexion',
    'end.CONNECTION_ERROR.description':
      'Le service téléphonique est injoignable. Vérifiez votre connexion Internet et réessayez.',
    'end.REQUEST_TIMEOUT.title': 'Le service ne répond pas',
    'end.REQUEST_TIMEOUT.description':
      'Le service téléphonique n’a pas répondu à temps. Veuillez réessayer dans un instant.',
    'end.SIP_FAILURE_CODE.title': 'Échec de l’appel',
    'end.SIP_FAILURE_CODE.description':
      'L’appel n’a pas pu aboutir. Si le problème persiste, contactez votre équipe d’assistance.',
    'end.BUSY.title': 'Ligne occupée',
    'end.BUSY.description': 'Votre correspondant est occupé. Réessayez plus tard ou envoyez-lui un message.',
    'end.REJECTED.title': 'Appel sans réponse',
    'end.REJECTED.description':
      'Votre correspondant ne peut pas prendre votre appel pour le moment. Vous pouvez lui envoyer un message.',
    'end.REDIRECTED.title': 'Appel renvoyé',
    'end.REDIRECTED.description':
      'Votre correspondant est joignable à une autre adresse. Choisissez celle que vous voulez appeler.',
    'end.UNAVAILABLE.title': 'Indisponible',
    'end.UNAVAILABLE.description': 'Votre correspondant n’est pas disponible pour le moment. Réessayez plus tard.',
    'end.NOT_FOUND.title': 'Numéro introuvable',
    'end.NOT_FOUND.description': 'Ce numéro ou cette adresse n’existe pas. Vérifiez la saisie et réessayez.',
    'end.ADDRESS_INCOMPLETE.title': 'Numéro incomplet',
    'end.ADDRESS_INCOMPLETE.description':
      'Il semble manquer quelque chose dans le numéro ou l’adresse. Vérifiez la saisie et réessayez.',
    'end.INCOMPATIBLE_SDP.title': 'Paramètres incompatibles',
    'end.INCOMPATIBLE_SDP.description':
      'Votre appareil et celui de votre correspondant n’ont pas pu s’accorder sur les paramètres audio ou vidéo.',
    'end.AUTHENTICATION_ERROR.title': 'Échec de l’identification',
    'end.AUTHENTICATION_ERROR.description':
      'Le service téléphonique n’a pas accepté vos identifiants. Saisissez-les de nouveau pour appeler.',
    'end.BYE.title': 'Appel terminé',
    'end.BYE.description': 'Vous avez mis fin à l’appel.',
    'end.CANCELED.title': 'Appel annulé',
    'end.CANCELED.description': 'Vous avez annulé l’appel avant que votre correspondant ne réponde.',
    'end.NO_ANSWER.title': 'Pas de réponse',
    'end.NO_ANSWER.description': 'Votre correspondant n’a pas répondu. Réessayez plus tard ou envoyez-lui un message.',
    'end.EXPIRES.title': 'Délai dépassé',
    'end.EXPIRES.description': 'L’appel a cessé de sonner avant que quelqu’un ne réponde.',
    'end.NO_ACK.title': 'Appel coupé',
    'end.NO_ACK.description': 'L’appel a été pris, mais la connexion n’a pas pu être établie.',
    'end.NO_PRACK.title': 'Mise en relation échouée',
    'end.NO_PRACK.description': 'L’appareil de votre correspondant a cessé de répondre pendant la mise en relation.',
    'end.USER_DENIED_MEDIA_ACCESS.title': 'Micro bloqué',
    'end.USER_DENIED_MEDIA_ACCESS.description':
      'Les appels nécessitent votre micro. Autorisez l’accès au micro, puis réessayez.',
    'end.WEBRTC_NOT_SUPPORTED.title': 'Appels non pris en charge',
    'end.WEBRTC_NOT_SUPPORTED.description':
      'Ce navigateur ne permet pas de passer des appels. Essayez avec un navigateur à jour.',
    'end.RTP_TIMEOUT.title': 'Connexion audio perdue',
    'end.RTP_TIMEOUT.description': 'La connexion audio a échoué. Vérifiez votre réseau et rappelez.',
    'end.BAD_MEDIA_DESCRIPTION.title': 'Mise en relation échouée',
    'end.BAD_MEDIA_DESCRIPTION.description':
      'L’appareil de votre correspondant a envoyé des paramètres d’appel que le vôtre ne peut pas utiliser.',
    'end.DIALOG_ERROR.title': 'Appel interrompu',
    'end.DIALOG_ERROR.description': 'L’appel ne répond plus. Essayez de rappeler.',
    'end.COMPLETED_ELSEWHERE.title': 'Pris sur un autre appareil',
    'end.COMPLETED_ELSEWHERE.description': 'Cet appel a été pris sur l’un de vos autres appareils.',

    'end.UNKNOWN.title': 'Appel terminé',
    'end.UNKNOWN.description': 'Cet appel est terminé.',
    'end.BYE_REMOTE.title': 'Appel terminé',
    'end.BYE_REMOTE.description': 'Votre correspondant a mis fin à l’appel.',
    'end.MISSED.title': 'Appel manqué',
    'end.MISSED.description': 'Vous avez manqué un appel. Vous pouvez rappeler.',
    'end.DECLINED_LOCAL.title': 'Appel refusé',
    'end.DECLINED_LOCAL.description': 'Vous avez refusé l’appel.',
    'end.FORBIDDEN.title': 'Appel non autorisé',
    'end.FORBIDDEN.description':
      'Votre compte n’est pas autorisé à passer cet appel. Contactez votre administrateur si vous en avez besoin.',
    'end.UNWANTED.title': 'Appel non accepté',
    'end.UNWANTED.description': 'Votre correspondant a choisi de ne pas recevoir cet appel.',
    'end.BLOCKED.title': 'Appel bloqué',
    'end.BLOCKED.description':
      'Un service du réseau a bloqué cet appel. Si vous pensez qu’il s’agit d’une erreur, contactez votre opérateur.',
    'end.SERVER_ERROR.title': 'Problème de service',
    'end.SERVER_ERROR.description':
      'Le service téléphonique n’a pas réussi à établir l’appel. Veuillez réessayer dans un instant.',

    'action.retry': 'Appeler à nouveau',
    'action.retryCountdown': {
      one: 'Nouvel appel dans {count} seconde',
      many: 'Nouvel appel dans {count} secondes',
      other: 'Nouvel appel dans {count} secondes',
    },
    'action.messageBack': 'Envoyer un message',
    'action.callRedirectTarget': 'Appeler {target}',
    'action.editTarget': 'Modifier l’adresse',
    'action.authenticate': 'Saisir les identifiants',
    'action.grantMedia': 'Autoriser le micro',
    'action.callBack': 'Rappeler',
    'action.dismiss': 'Fermer',
    'help.grantMedia':
      'Ouvrez les paramètres du site dans votre navigateur (l’icône à côté de la barre d’adresse), autorisez le micro, puis relancez l’appel.',

    'messageBack.label': 'Votre message',
    'messageBack.defaultText': 'J’ai essayé de vous appeler. Merci de me rappeler quand vous le pourrez.',
    'messageBack.send': 'Envoyer',
    'messageBack.cancel': 'Annuler',
    'messageBack.sending': 'Envoi en cours…',
    'messageBack.sent': 'Message envoyé.',
    'messageBack.failed': 'Le message n’a pas pu être envoyé.',

    'details.summary': 'Détails',
    'details.status': 'Statut SIP',
    'details.reasonPhrase': 'Libellé du motif',
    'details.q850': 'Cause Q.850',
    'details.warning': 'Avertissement',
    'details.retryAfter': {
      one: 'Vous pourrez rappeler dans {count} seconde.',
      many: 'Vous pourrez rappeler dans {count} secondes.',
      other: 'Vous pourrez rappeler dans {count} secondes.',
    },

    'q850.1': 'Numéro non attribué',
    'q850.16': 'Libération normale de l’appel',
    'q850.17': 'Usager occupé',
    'q850.18': 'Pas d’usager répondant',
    'q850.19': 'Pas de réponse de l’usager',
    'q850.20': 'Abonné absent',
    'q850.21': 'Appel rejeté',
    'q850.22': 'Numéro changé',
    'q850.27': 'Destination hors service',
    'q850.28': 'Format de numéro non valide',
    'q850.31': 'Normal, non spécifié',
    'q850.34': 'Pas de circuit disponible',
    'q850.38': 'Réseau hors service',
    'q850.41': 'Défaillance temporaire',
    'q850.102': 'Reprise à l’expiration d’un temporisateur',
    'q850.127': 'Interfonctionnement, non spécifié',
  },
};

export default frFR;
