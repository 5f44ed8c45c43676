import type { CallStatusLocale } from '../types';

/** Spanish (Spain). */
export const esES: CallStatusLocale = {
  tag: 'es-ES',
  messages: {
    label: 'Estado de la llamada',
    'phase.idle': 'Listo para llamar',
    'phase.calling': 'Llamando…',
    'phase.ringing': 'Sonando… {elapsed}',
    'phase.incoming': 'Llamada entrante… {elapsed}',
    'phase.connected': 'En llamada {duration}',
    'phase.ending': 'Finalizando la llamada…',
    'phase.ended': 'Llamada finalizada',
    'connection.lost': 'Se ha perdido la conexión. Puede que la llamada continúe, pero quizá no pueda controlarla.',

    'end.INVALID_TARGET.title': 'Dirección no válida',
    'end.INVALID_TARGET.description': 'No se puede llamar a este número o dirección. Compruébelo e inténtelo de nuevo.',
    'end.CONNECTION_ERROR.title': 'Sin conexión',
    'end.CONNECTION_ERROR.description':
      'No se ha podido contactar con el servicio telefónico. Compruebe su conexión a Internet e inténtelo de nuevo.',
    'end.REQUEST_TIMEOUT.title': 'El servicio no responde',
    'end.REQUEST_TIMEOUT.description':
      'El servicio telefónico no ha respondido a tiempo. Vuelva a intentarlo en unos instantes.',
    'end.SIP_FAILURE_CODE.title': 'Error en la llamada',
    'end.SIP_FAILURE_CODE.description':
      'No se ha podido completar la llamada. Si el problema persiste, póngase en contacto con su equipo de soporte.',
    'end.BUSY.title': 'Línea ocupada',
    'end.BUSY.description': 'La persona a la que llama está ocupada. Inténtelo más tarde o envíele un mensaje.',
    'end.REJECTED.title': 'Llamada no atendida',
    'end.REJECTED.description':
      'La persona a la que llama no puede atender su llamada en este momento. Puede enviarle un mensaje.',
    'end.REDIRECTED.title': 'Llamada desviada',
    'end.REDIRECTED.description': 'Puede contactar con esta persona en otra dirección. Elija una para llamar.',
    'end.UNAVAILABLE.title': 'No disponible',
    'end.UNAVAILABLE.description': 'La persona a la que llama no está disponible en este momento. Inténtelo más tarde.',
    'end.NOT_FOUND.title': 'Número no encontrado',
    'end.NOT_FOUND.description': 'Este número o dirección no existe. Compruébelo e inténtelo de nuevo.',
    'end.ADDRESS_INCOMPLETE.title': 'Número incompleto',
    'end.ADDRESS_INCOMPLETE.description':
      'Parece que falta algo en el número o la dirección. Compruébelo e inténtelo de nuevo.',
    'end.INCOMPATIBLE_SDP.title': 'Configuración incompatible',
    'end.INCOMPATIBLE_SDP.description':
      'Su dispositivo y el del otro extremo no han podido acordar la configuración de audio o vídeo.',
    'end.AUTHENTICATION_ERROR.title': 'Error al iniciar sesión',
    'end.AUTHENTICATION_ERROR.description':
      'El servicio telefónico no ha aceptado sus credenciales. Vuelva a introducirlas para llamar.',
    'end.BYE.title': 'Llamada finalizada',
    'end.BYE.description': 'Ha colgado la llamada.',
    'end.CANCELED.title': 'Llamada cancelada',
    'end.CANCELED.description': 'Ha cancelado la llamada antes de que la contestaran.',
    'end.NO_ANSWER.title': 'Sin respuesta',
    'end.NO_ANSWER.description':
      'La persona a la que llama no ha contestado. Inténtelo más tarde o envíele un mensaje.',
    'end.EXPIRES.title': 'Tiempo agotado',
    'end.EXPIRES.description': 'La llamada ha dejado de sonar antes de que nadie contestara.',
    'end.NO_ACK.title': 'Llamada cortada',
    'end.NO_ACK.description': 'La llamada se ha contestado, pero no se ha podido completar la conexión.',
    'end.NO_PRACK.title': 'Error al conectar',
    'end.NO_PRACK.description': 'El otro extremo ha dejado de responder mientras se establecía la llamada.',
    'end.USER_DENIED_MEDIA_ACCESS.title': 'Micrófono bloqueado',
    'end.USER_DENIED_MEDIA_ACCESS.description':
      'Para llamar se necesita el micrófono. Permita el acceso e inténtelo de nuevo.',
    'end.WEBRTC_NOT_SUPPORTED.title': 'Llamadas no compatibles',
    'end.WEBRTC_NOT_SUPPORTED.description':
      'Este navegador no puede hacer llamadas. Pruebe con un navegador actualizado.',
    'end.RTP_TIMEOUT.title': 'Conexión de audio perdida',
    'end.RTP_TIMEOUT.description': 'La conexión de audio ha fallado. Compruebe su red y vuelva a llamar.',
    'end.BAD_MEDIA_DESCRIPTION.title': 'Error al conectar',
    'end.BAD_MEDIA_DESCRIPTION.description':
      'El otro extremo ha enviado una configuración de llamada que su dispositivo no puede usar.',
    'end.DIALOG_ERROR.title': 'Llamada interrumpida',
    'end.DIALOG_ERROR.description': 'La llamada ha dejado de responder. Vuelva a llamar.',
    'end.COMPLETED_ELSEWHERE.title': 'Atendida en otro dispositivo',
    'end.COMPLETED_ELSEWHERE.description': 'Esta llamada se ha atendido en otro de sus dispositivos.',

    'end.UNKNOWN.title': 'Llamada finalizada',
    'end.UNKNOWN.description': 'Esta llamada ha finalizado.',
    'end.BYE_REMOTE.title': 'Llamada finalizada',
    'end.BYE_REMOTE.description': 'La otra persona ha colgado.',
    'end.MISSED.title': 'Llamada perdida',
    'end.MISSED.description': 'Tiene una llamada perdida. Puede devolver la llamada.',
    'end.DECLINED_LOCAL.title': 'Llamada rechazada',
    'end.DECLINED_LOCAL.description': 'Ha rechazado la llamada.',
    'end.FORBIDDEN.title': 'Llamada no permitida',
    'end.FORBIDDEN.description':
      'Su cuenta no tiene permiso para hacer esta llamada. Si la necesita, póngase en contacto con su administrador.',
    'end.UNWANTED.title': 'Llamada no aceptada',
    'end.UNWANTED.description': 'La persona a la que llama ha decidido no recibir esta llamada.',
    'end.BLOCKED.title': 'Llamada bloqueada',
    'end.BLOCKED.description':
      'Un servicio de red ha bloqueado esta llamada. Si cree que se trata de un error, póngase en contacto con su operador.',
    'end.SERVER_ERROR.title': 'Problema del servicio',
    'end.SERVER_ERROR.description':
      'El servicio telefónico ha tenido un problema al conectar la llamada. Vuelva a intentarlo en unos instantes.',

    'action.retry': 'Volver a llamar',
    'action.retryCountdown': {
      one: 'Volver a llamar en {count} segundo',
      many: 'Volver a llamar en {count} segundos',
      other: 'Volver a llamar en {count} segundos',
    },
    'action.messageBack': 'Enviar un mensaje',
    'action.callRedirectTarget': 'Llamar a {target}',
    'action.editTarget': 'Modificar la dirección',
    'action.authenticate': 'Introducir credenciales',
    'action.grantMedia': 'Permitir el micrófono',
    'action.callBack': 'Devolver la llamada',
    'action.dismiss': 'Cerrar',
    'help.grantMedia':
      'Abra la configuración del sitio en su navegador (el icono junto a la barra de direcciones), permita el micrófono y vuelva a llamar.',

    'messageBack.label': 'Mensaje',
    'messageBack.defaultText': 'He intentado llamarle. Por favor, devuélvame la llamada cuando pueda.',
    'messageBack.send': 'Enviar',
    'messageBack.cancel': 'Cancelar',
    'messageBack.sending': 'Enviando…',
    'messageBack.sent': 'Mensaje enviado.',
    'messageBack.failed': 'No se ha podido enviar el mensaje.',

    'details.summary': 'Detalles',
    'details.status': 'Estado SIP',
    'details.reasonPhrase': 'Texto del motivo',
    'details.q850': 'Causa Q.850',
    'details.warning': 'Aviso',
    'details.retryAfter': {
      one: 'Podrá volver a llamar en {count} segundo.',
      many: 'Podrá volver a llamar en {count} segundos.',
      other: 'Podrá volver a llamar en {count} segundos.',
    },

    'q850.1': 'Número no asignado',
    'q850.16': 'Liberación normal de la llamada',
    'q850.17': 'Usuario ocupado',
    'q850.18': 'Ningún usuario responde',
    'q850.19': 'No hay respuesta del usuario',
    'q850.20': 'Abonado ausente',
    'q850.21': 'Llamada rechazada',
    'q850.22': 'Número cambiado',
    'q850.27': 'Destino fuera de servicio',
    'q850.28': 'Formato de número no válido',
    'q850.31': 'Normal, sin especificar',
    'q850.34': 'No hay circuito disponible',
    'q850.38': 'Red fuera de servicio',
    'q850.41': 'Fallo temporal',
    'q850.102': 'Recuperación al expirar el temporizador',
    'q850.127': 'Interfuncionamiento, sin especificar',
  },
};

export default esES;
