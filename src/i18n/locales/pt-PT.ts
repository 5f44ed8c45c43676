import type { CallStatusLocale } from '../types';

/** Portuguese (Portugal). */
export const ptPT: CallStatusLocale = {
  tag: 'pt-PT',
  messages: {
    label: 'Estado da chamada',
    'phase.idle': 'Pronto para ligar',
    'phase.calling': 'A ligar…',
    'phase.ringing': 'A tocar… {elapsed}',
    'phase.incoming': 'Chamada recebida… {elapsed}',
    'phase.connected': 'Em chamada {duration}',
    'phase.ending': 'A terminar a chamada…',
    'phase.ended': 'Chamada terminada',
    'connection.lost': 'Ligação perdida. A chamada pode continuar, mas poderá não conseguir controlá-la.',

    'end.INVALID_TARGET.title': 'Endereço inválido',
    'end.INVALID_TARGET.description':
      'Não é possível ligar para este número ou endereço. Verifique-o e tente novamente.',
    'end.CONNECTION_ERROR.title': 'Sem ligação',
    'end.CONNECTION_ERROR.description':
      'Não foi possível contactar o serviço telefónico. Verifique a sua ligação à Internet e tente novamente.',
    'end.REQUEST_TIMEOUT.title': 'O serviço não respondeu',
    'end.REQUEST_TIMEOUT.description': 'O serviço telefónico não respondeu a tempo. Tente novamente daqui a pouco.',
    'end.SIP_FAILURE_CODE.title': 'Falha na chamada',
    'end.SIP_FAILURE_CODE.description':
      'Não foi possível concluir a chamada. Se o problema persistir, contacte a sua equipa de suporte.',
    'end.BUSY.title': 'Linha ocupada',
    'end.BUSY.description': 'A pessoa para quem ligou está ocupada. Tente mais tarde ou envie-lhe uma mensagem.',
    'end.REJECTED.title': 'Chamada não atendida',
    'end.REJECTED.description':
      'A pessoa para quem ligou não pode atender a chamada neste momento. Pode enviar-lhe uma mensagem.',
    'end.REDIRECTED.title': 'Chamada reencaminhada',
    'end.REDIRECTED.description': 'Esta pessoa pode ser contactada noutro endereço. Escolha um para ligar.',
    'end.UNAVAILABLE.title': 'Indisponível',
    'end.UNAVAILABLE.description': 'A pessoa para quem ligou não está disponível neste momento. Tente mais tarde.',
    'end.NOT_FOUND.title': 'Número não encontrado',
    'end.NOT_FOUND.description': 'Este número ou endereço não existe. Verifique-o e tente novamente.',
    'end.ADDRESS_INCOMPLETE.title': 'Número incompleto',
    'end.ADDRESS_INCOMPLETE.description': 'Parece faltar algo no número ou no endereço. Verifique-o e tente novamente.',
    'end.INCOMPATIBLE_SDP.title': 'Definições incompatíveis',
    'end.INCOMPATIBLE_SDP.description':
      'O seu dispositivo e o do outro lado não chegaram a acordo quanto às definições de áudio ou vídeo.',
    'end.AUTHENTICATION_ERROR.title': 'Falha ao iniciar sessão',
    'end.AUTHENTICATION_ERROR.description':
      'O serviço telefónico não aceitou as suas credenciais. Introduza-as novamente para ligar.',
    'end.BYE.title': 'Chamada terminada',
    'end.BYE.description': 'Terminou a chamada.',
    'end.CANCELED.title': 'Chamada cancelada',
    'end.CANCELED.description': 'Cancelou a chamada antes de ser atendida.',
    'end.NO_ANSWER.title': 'Sem resposta',
    'end.NO_ANSWER.description': 'A pessoa para quem ligou não atendeu. Tente mais tarde ou envie-lhe uma mensagem.',
    'end.EXPIRES.title': 'Tempo esgotado',
    'end.EXPIRES.description': 'A chamada deixou de tocar antes de ser atendida.',
    'end.NO_ACK.title': 'A chamada caiu',
    'end.NO_ACK.description': 'A chamada foi atendida, mas não foi possível concluir a ligação.',
    'end.NO_PRACK.title': 'Falha ao ligar',
    'end.NO_PRACK.description': 'O outro lado deixou de responder enquanto a chamada era estabelecida.',
    'end.USER_DENIED_MEDIA_ACCESS.title': 'Microfone bloqueado',
    'end.USER_DENIED_MEDIA_ACCESS.description':
      'As chamadas precisam do seu microfone. Permita o acesso e tente novamente.',
    'end.WEBRTC_NOT_SUPPORTED.title': 'Chamadas não suportadas',
    'end.WEBRTC_NOT_SUPPORTED.description':
      'Este navegador não consegue fazer chamadas. Experimente um navegador atualizado.',
    'end.RTP_TIMEOUT.title': 'Ligação de áudio perdida',
    'end.RTP_TIMEOUT.description': 'A ligação de áudio falhou. Verifique a sua rede e volte a ligar.',
    'end.BAD_MEDIA_DESCRIPTION.title': 'Falha ao ligar',
    'end.BAD_MEDIA_DESCRIPTION.description':
      'O outro lado enviou definições de chamada que o seu dispositivo não consegue utilizar.',
    'end.DIALOG_ERROR.title': 'Chamada interrompida',
    'end.DIALOG_ERROR.description': 'A chamada deixou de responder. Tente ligar novamente.',
    'end.COMPLETED_ELSEWHERE.title': 'Atendida noutro dispositivo',
    'end.COMPLETED_ELSEWHERE.description': 'Esta chamada foi atendida num dos seus outros dispositivos.',

    'end.UNKNOWN.title': 'Chamada terminada',
    'end.UNKNOWN.description': 'Esta chamada terminou.',
    'end.BYE_REMOTE.title': 'Chamada terminada',
    'end.BYE_REMOTE.description': 'A outra pessoa terminou a chamada.',
    'end.MISSED.title': 'Chamada perdida',
    'end.MISSED.description': 'Tem uma chamada perdida. Pode devolver a chamada.',
    'end.DECLINED_LOCAL.title': 'Chamada recusada',
    'end.DECLINED_LOCAL.description': 'Recusou a chamada.',
    'end.FORBIDDEN.title': 'Chamada não permitida',
    'end.FORBIDDEN.description':
      'A sua conta não tem permissão para fazer esta chamada. Se precisar, contacte o administrador.',
    'end.UNWANTED.title': 'Chamada não aceite',
    'end.UNWANTED.description': 'A pessoa para quem ligou optou por não receber esta chamada.',
    'end.BLOCKED.title': 'Chamada bloqueada',
    'end.BLOCKED.description':
      'Um serviço de rede bloqueou esta chamada. Se considera que se trata de um erro, contacte o seu operador.',
    'end.SERVER_ERROR.title': 'Problema no serviço',
    'end.SERVER_ERROR.description':
      'O serviço telefónico teve um problema ao estabelecer a chamada. Tente novamente daqui a pouco.',

    'action.retry': 'Voltar a ligar',
    'action.retryCountdown': {
      one: 'Voltar a ligar dentro de {count} segundo',
      many: 'Voltar a ligar dentro de {count} segundos',
      other: 'Voltar a ligar dentro de {count} segundos',
    },
    'action.messageBack': 'Enviar mensagem',
    'action.callRedirectTarget': 'Ligar para {target}',
    'action.editTarget': 'Editar o endereço',
    'action.authenticate': 'Introduzir credenciais',
    'action.grantMedia': 'Permitir o microfone',
    'action.callBack': 'Devolver chamada',
    'action.dismiss': 'Fechar',
    'help.grantMedia':
      'Abra as definições do site no navegador (o ícone junto à barra de endereço), permita o microfone e volte a ligar.',

    'messageBack.label': 'Mensagem',
    'messageBack.defaultText': 'Tentei ligar-lhe. Por favor, ligue-me quando puder.',
    'messageBack.send': 'Enviar',
    'messageBack.cancel': 'Cancelar',
    'messageBack.sending': 'A enviar…',
    'messageBack.sent': 'Mensagem enviada.',
    'messageBack.failed': 'Não foi possível enviar a mensagem.',

    'details.summary': 'Detalhes',
    'details.status': 'Estado SIP',
    'details.reasonPhrase': 'Texto do motivo',
    'details.q850': 'Causa Q.850',
    'details.warning': 'Aviso',
    'details.retryAfter': {
      one: 'Poderá voltar a ligar dentro de {count} segundo.',
      many: 'Poderá voltar a ligar dentro de {count} segundos.',
      other: 'Poderá voltar a ligar dentro de {count} segundos.',
    },

    'q850.1': 'Número não atribuído',
    'q850.16': 'Libertação normal da chamada',
    'q850.17': 'Utilizador ocupado',
    'q850.18': 'Nenhum utilizador responde',
    'q850.19': 'Sem resposta do utilizador',
    'q850.20': 'Assinante ausente',
    'q850.21': 'Chamada rejeitada',
    'q850.22': 'Número alterado',
    'q850.27': 'Destino fora de serviço',
    'q850.28': 'Formato de número inválido',
    'q850.31': 'Normal, não especificado',
    'q850.34': 'Nenhum circuito disponível',
    'q850.38': 'Rede fora de serviço',
    'q850.41': 'Falha temporária',
    'q850.102': 'Recuperação por expiração do temporizador',
    'q850.127': 'Interfuncionamento, não especificado',
  },
};

export default ptPT;
