import type { CallStatusLocale } from '../types';

/** Portuguese (Brazil). */
export const ptBR: CallStatusLocale = {
  tag: 'pt-BR',
  messages: {
    label: 'Status da ligação',
    'phase.idle': 'Pronto para ligar',
    'phase.calling': 'Ligando…',
    'phase.ringing': 'Chamando… {elapsed}',
    'phase.incoming': 'Recebendo ligação… {elapsed}',
    'phase.connected': 'Em ligação {duration}',
    'phase.ending': 'Encerrando a ligação…',
    'phase.ended': 'Ligação encerrada',
    'connection.lost': 'Conexão perdida. A ligação pode continuar, mas talvez você não consiga controlá-la.',

    'end.INVALID_TARGET.title': 'Endereço inválido',
    'end.INVALID_TARGET.description': 'Não é possível ligar para este número ou endereço. Verifique e tente novamente.',
    'end.CONNECTION_ERROR.title': 'Sem conexão',
    'end.CONNECTION_ERROR.description':
      'Não foi possível acessar o serviço de telefonia. Verifique sua conexão com a internet e tente novamente.',
    'end.REQUEST_TIMEOUT.title': 'O serviço não respondeu',
    'end.REQUEST_TIMEOUT.description':
      'O serviço de telefonia não respondeu a tempo. Tente novamente em alguns instantes.',
    'end.SIP_FAILURE_CODE.title': 'Falha na ligação',
    'end.SIP_FAILURE_CODE.description':
      'Não foi possível completar a ligação. Se isso continuar acontecendo, entre em contato com a equipe de suporte.',
    'end.BUSY.title': 'Linha ocupada',
    'end.BUSY.description':
      'A pessoa para quem você ligou está ocupada. Tente mais tarde ou envie uma mensagem para ela.',
    'end.REJECTED.title': 'Ligação não atendida',
    'end.REJECTED.description':
      'A pessoa para quem você ligou não pode atender agora. Você pode enviar uma mensagem para ela.',
    'end.REDIRECTED.title': 'Ligação encaminhada',
    'end.REDIRECTED.description': 'Esta pessoa pode ser contatada em outro endereço. Escolha um para ligar.',
    'end.UNAVAILABLE.title': 'Indisponível',
    'end.UNAVAILABLE.description': 'A pessoa para quem você ligou não está disponível no momento. Tente mais tarde.',
    'end.NOT_FOUND.title': 'Número não encontrado',
    'end.NOT_FOUND.description': 'Este número ou endereço não existe. Verifique e tente novamente.',
    'end.ADDRESS_INCOMPLETE.title': 'Número incompleto',
    'end.ADDRESS_INCOMPLETE.description':
      'Parece que está faltando algo no número ou endereço. Verifique e tente novamente.',
    'end.INCOMPATIBLE_SDP.title': 'Configurações incompatíveis',
    'end.INCOMPATIBLE_SDP.description':
      'Seu dispositivo e o do outro lado não chegaram a um acordo sobre as configurações de áudio ou vídeo.',
    'end.AUTHENTICATION_ERROR.title': 'Falha no login',
    'end.AUTHENTICATION_ERROR.description':
      'O serviço de telefonia não aceitou suas credenciais. Digite-as novamente para ligar.',
    'end.BYE.title': 'Ligação encerrada',
    'end.BYE.description': 'Você encerrou a ligação.',
    'end.CANCELED.title': 'Ligação cancelada',
    'end.CANCELED.description': 'Você cancelou a ligação antes que ela fosse atendida.',
    'end.NO_ANSWER.title': 'Sem resposta',
    'end.NO_ANSWER.description':
      'A pessoa para quem você ligou não atendeu. Tente mais tarde ou envie uma mensagem para ela.',
    'end.EXPIRES.title': 'Tempo esgotado',
    'end.EXPIRES.description': 'A ligação parou de chamar antes de ser atendida.',
    'end.NO_ACK.title': 'A ligação caiu',
    'end.NO_ACK.description': 'A ligação foi atendida, mas não foi possível completar a conexão.',
    'end.NO_PRACK.title': 'Falha ao conectar',
    'end.NO_PRACK.description': 'O outro lado parou de responder enquanto a ligação era estabelecida.',
    'end.USER_DENIED_MEDIA_ACCESS.title': 'Microfone bloqueado',
    'end.USER_DENIED_MEDIA_ACCESS.description':
      'Para fazer ligações, é preciso usar o microfone. Permita o acesso e tente novamente.',
    'end.WEBRTC_NOT_SUPPORTED.title': 'Ligações não suportadas',
    'end.WEBRTC_NOT_SUPPORTED.description': 'Este navegador não consegue fazer ligações. Use um navegador atualizado.',
    'end.RTP_TIMEOUT.title': 'Conexão de áudio perdida',
    'end.RTP_TIMEOUT.description': 'A conexão de áudio falhou. Verifique sua rede e ligue novamente.',
    'end.BAD_MEDIA_DESCRIPTION.title': 'Falha ao conectar',
    'end.BAD_MEDIA_DESCRIPTION.description':
      'O outro lado enviou configurações de ligação que seu dispositivo não consegue usar.',
    'end.DIALOG_ERROR.title': 'Ligação interrompida',
    'end.DIALOG_ERROR.description': 'A ligação parou de responder. Tente ligar novamente.',
    'end.COMPLETED_ELSEWHERE.title': 'Atendida em outro dispositivo',
    'end.COMPLETED_ELSEWHERE.description': 'Esta ligação foi atendida em um dos seus outros dispositivos.',

    'end.UNKNOWN.title': 'Ligação encerrada',
    'end.UNKNOWN.description': 'Esta ligação foi encerrada.',
    'end.BYE_REMOTE.title': 'Ligação encerrada',
    'end.BYE_REMOTE.description': 'A outra pessoa encerrou a ligação.',
    'end.MISSED.title': 'Ligação perdida',
    'end.MISSED.description': 'Você perdeu uma ligação. Você pode retornar a ligação.',
    'end.DECLINED_LOCAL.title': 'Ligação recusada',
    'end.DECLINED_LOCAL.description': 'Você recusou a ligação.',
    'end.FORBIDDEN.title': 'Ligação não permitida',
    'end.FORBIDDEN.description':
      'Sua conta não tem permissão para fazer esta ligação. Se precisar, fale com o administrador.',
    'end.UNWANTED.title': 'Ligação não aceita',
    'end.UNWANTED.description': 'A pessoa para quem você ligou optou por não receber esta ligação.',
    'end.BLOCKED.title': 'Ligação bloqueada',
    'end.BLOCKED.description':
      'Um serviço da rede bloqueou esta ligação. Se você acha que isso é um erro, entre em contato com sua operadora.',
    'end.SERVER_ERROR.title': 'Problema no serviço',
    'end.SERVER_ERROR.description':
      'O serviço de telefonia teve um problema ao completar a ligação. Tente novamente em alguns instantes.',

    'action.retry': 'Ligar novamente',
    'action.retryCountdown': {
      one: 'Ligar novamente em {count} segundo',
      many: 'Ligar novamente em {count} segundos',
      other: 'Ligar novamente em {count} segundos',
    },
    'action.messageBack': 'Enviar mensagem',
    'action.callRedirectTarget': 'Ligar para {target}',
    'action.editTarget': 'Editar o endereço',
    'action.authenticate': 'Inserir credenciais',
    'action.grantMedia': 'Permitir o microfone',
    'action.callBack': 'Retornar ligação',
    'action.dismiss': 'Fechar',
    'help.grantMedia':
      'Abra as configurações do site no navegador (o ícone ao lado da barra de endereço), permita o microfone e ligue novamente.',

    'messageBack.label': 'Mensagem',
    'messageBack.defaultText': 'Tentei ligar para você. Por favor, me retorne quando puder.',
    'messageBack.send': 'Enviar',
    'messageBack.cancel': 'Cancelar',
    'messageBack.sending': 'Enviando…',
    'messageBack.sent': 'Mensagem enviada.',
    'messageBack.failed': 'Não foi possível enviar a mensagem.',

    'details.summary': 'Detalhes',
    'details.status': 'Status SIP',
    'details.reasonPhrase': 'Texto do motivo',
    'details.q850': 'Causa Q.850',
    'details.warning': 'Aviso',
    'details.retryAfter': {
      one: 'Você poderá ligar novamente em {count} segundo.',
      many: 'Você poderá ligar novamente em {count} segundos.',
      other: 'Você poderá ligar novamente em {count} segundos.',
    },

    'q850.1': 'Número não alocado',
    'q850.16': 'Liberação normal da chamada',
    'q850.17': 'Usuário ocupado',
    'q850.18': 'Nenhum usuário respondendo',
    'q850.19': 'Sem resposta do usuário',
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

export default ptBR;
