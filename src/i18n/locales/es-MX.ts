import type { CallStatusLocale } from '../types';

/** Spanish (Mexico). */
export const esMX: CallStatusLocale = {
  tag: 'es-MX',
  messages: {
    label: 'Estado de la llamada',
    'phase.idle': 'Listo para llamar',
    'phase.calling': 'Llamando…',
    'phase.ringing': 'Timbrando… {elapsed}',
    'phase.incoming': 'Llamada entrante… {elapsed}',
    'phase.connected': 'En llamada {duration}',
    'phase.ending': 'Terminando la llamada…',
    'phase.ended': 'Llamada finalizada',
    'connection.lost': 'Se perdió la conexión. La llamada podría continuar, pero es posible que no pueda controlarla.',

    'end.INVALID_TARGET.title': 'Dirección no válida',
    'end.INVALID_TARGET.description': 'No se puede llamar a este número o dirección. Verifíquelo e intente de nuevo.',
    'end.CONNECTION_ERROR.title': 'Sin conexión',
    'end.CONNECTION_ERROR.description':
      'No se pudo conectar con el servicio telefónico. Verifique su conexión a internet e intente de nuevo.',
    'end.REQUEST_TIMEOUT.title': 'El servicio no responde',
    'end.REQUEST_TIMEOUT.description':
      'El servicio telefónico no respondió a tiempo. Intente de nuevo en un momento, por favor.',
    'end.SIP_FAILURE_CODE.title': 'Error en la llamada',
    'end.SIP_FAILURE_CODE.description':
      'No se pudo completar la llamada. Si sigue ocurriendo, comuníquese con su equipo de soporte.',
    'end.BUSY.title': 'Línea ocupada',
    'end.BUSY.description': 'La persona a la que llama está ocupada. Intente más tarde o envíele un mensaje.',
    'end.REJECTED.title': 'Llamada no contestada',
    'end.REJECTED.description':
      'La persona a la que llama no puede contestar su llamada en este momento. Puede enviarle un mensaje.',
    'end.REDIRECTED.title': 'Llamada desviada',
    'end.REDIRECTED.description': 'Puede comunicarse con esta persona en otra dirección. Elija una para llamar.',
    'end.UNAVAILABLE.title': 'No disponible',
    'end.UNAVAILABLE.description': 'La persona a la que llama no está disponible en este momento. Intente más tarde.',
    'end.NOT_FOUND.title': 'Número no encontrado',
    'end.NOT_FOUND.description': 'Este número o dirección no existe. Verifíquelo e intente de nuevo.',
    'end.ADDRESS_INCOMPLETE.title': 'Número incompleto',
    'end.ADDRESS_INCOMPLETE.description':
      'Parece que falta algo en el número o la dirección. Verifíquelo e intente de nuevo.',
    'end.INCOMPATIBLE_SDP.title': 'Configuración incompatible',
    'end.INCOMPATIBLE_SDP.description':
      'Su dispositivo y el del otro extremo no pudieron acordar la configuración de audio o video.',
    'end.AUTHENTICATION_ERROR.title': 'Error al iniciar sesión',
    'end.AUTHENTICATION_ERROR.description':
      'El servicio telefónico no aceptó sus credenciales. Vuelva a ingresarlas para llamar.',
    'end.BYE.title': 'Llamada finalizada',
    'end.BYE.description': 'Usted colgó la llamada.',
    'end.CANCELED.title': 'Llamada cancelada',
    'end.CANCELED.description': 'Usted canceló la llamada antes de que la contestaran.',
    'end.NO_ANSWER.title': 'Sin respuesta',
    'end.NO_ANSWER.description': 'La persona a la que llama no contestó. Intente más tarde o envíele un mensaje.',
    'end.EXPIRES.title': 'Tiempo agotado',
    'end.EXPIRES.description': 'La llamada dejó de timbrar antes de que alguien contestara.',
    'end.NO_ACK.title': 'Se cortó la llamada',
    'end.NO_ACK.description': 'La llamada se contestó, pero no se pudo completar la conexión.',
    'end.NO_PRACK.title': 'Error al conectar',
    'end.NO_PRACK.description': 'El otro extremo dejó de responder mientras se establecía la llamada.',
    'end.USER_DENIED_MEDIA_ACCESS.title': 'Micrófono bloqueado',
    'end.USER_DENIED_MEDIA_ACCESS.description':
      'Para llamar se necesita el micrófono. Permita el acceso e intente de nuevo.',
    'end.WEBRTC_NOT_SUPPORTED.title': 'Llamadas no compatibles',
    'end.WEBRTC_NOT_SUPPORTED.description':
      'Este navegador no puede realizar llamadas. Pruebe con un navegador actualizado.',
    'end.RTP_TIMEOUT.title': 'Se perdió el audio',
    'end.RTP_TIMEOUT.description': 'Falló la conexión de audio. Verifique su red y vuelva a llamar.',
    'end.BAD_MEDIA_DESCRIPTION.title': 'Error al conectar',
    'end.BAD_MEDIA_DESCRIPTION.description':
      'El otro extremo envió una configuración de llamada que su dispositivo no puede usar.',
    'end.DIALOG_ERROR.title': 'Llamada interrumpida',
    'end.DIALOG_ERROR.description': 'La llamada dejó de responder. Intente llamar de nuevo.',
    'end.COMPLETED_ELSEWHERE.title': 'Contestada en otro dispositivo',
    'end.COMPLETED_ELSEWHERE.description': 'Esta llamada se contestó en otro de sus dispositivos.',

    'end.UNKNOWN.title': 'Llamada finalizada',
    'end.UNKNOWN.description': 'Esta llamada terminó.',
    'end.BYE_REMOTE.title': 'Llamada finalizada',
    'end.BYE_REMOTE.description': 'La otra persona colgó.',
    'end.MISSED.title': 'Llamada perdida',
    'end.MISSED.description': 'Tiene una llamada perdida. Puede devolver la llamada.',
    'end.DECLINED_LOCAL.title': 'Llamada rechazada',
    'end.DECLINED_LOCAL.description': 'Usted rechazó la llamada.',
    'end.FORBIDDEN.title': 'Llamada no permitida',
    'end.FORBIDDEN.description':
      'Su cuenta no tiene permiso para realizar esta llamada. Si la necesita, comuníquese con su administrador.',
    'end.UNWANTED.title': 'Llamada no aceptada',
    'end.UNWANTED.description': 'La persona a la que llama decidió no recibir esta llamada.',
    'end.BLOCKED.title': 'Llamada bloqueada',
    'end.BLOCKED.description':
      'Un servicio de red bloqueó esta llamada. Si cree que es un error, comuníquese con su proveedor.',
    'end.SERVER_ERROR.title': 'Problema del servicio',
    'end.SERVER_ERROR.description':
      'El servicio telefónico tuvo un problema al conectar la llamada. Intente de nuevo en un momento, por favor.',

    'action.retry': 'Volver a llamar',
    'action.retryCountdown': {
      one: 'Volver a llamar en {count} segundo',
      many: 'Volver a llamar en {count} segundos',
      other: 'Volver a llamar en {count} segundos',
    },
    'action.messageBack': 'Enviar un mensaje',
    'action.callRedirectTarget': 'Llamar a {target}',
    'action.editTarget': 'Editar la dirección',
    'action.authenticate': 'Ingresar credenciales',
    'action.grantMedia': 'Permitir el micrófono',
    'action.callBack': 'Devolver la llamada',
    'action.dismiss': 'Cerrar',
    'help.grantMedia':
      'Abra la configuración del sitio en su navegador (el ícono junto a la barra de direcciones), permita el micrófono y vuelva a llamar.',

    'messageBack.label': 'Mensaje',
    'messageBack.defaultText': 'Intenté comunicarme con usted. Por favor, devuélvame la llamada cuando pueda.',
    'messageBack.send': 'Enviar',
    'messageBack.cancel': 'Cancelar',
    'messageBack.sending': 'Enviando…',
    'messageBack.sent': 'Mensaje enviado.',
    'messageBack.failed': 'No se pudo enviar el mensaje.',

    'details.summary': 'Detalles',
    'details.status': 'Estado SIP',
    'details.reasonPhrase': 'Texto del motivo',
    'details.q850': 'Causa Q.850',
    'details.warning': 'Advertencia',
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
    'q850.41': 'Falla temporal',
    'q850.102': 'Recuperación al expirar el temporizador',
    'q850.127': 'Interfuncionamiento, sin especificar',
  },
};

export default esMX;
