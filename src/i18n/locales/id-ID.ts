import type { CallStatusLocale } from '../types';

/** Indonesian (Indonesia). */
export const idID: CallStatusLocale = {
  tag: 'id-ID',
  messages: {
    label: 'Status panggilan',
    'phase.idle': 'Siap menelepon',
    'phase.calling': 'Memanggil…',
    'phase.ringing': 'Berdering… {elapsed}',
    'phase.incoming': 'Panggilan masuk… {elapsed}',
    'phase.connected': 'Dalam panggilan {duration}',
    'phase.ending': 'Mengakhiri panggilan…',
    'phase.ended': 'Panggilan berakhir',
    'connection.lost':
      'Koneksi terputus. Panggilan mungkin masih berlangsung, tetapi Anda mungkin tidak dapat mengendalikannya.',

    'end.INVALID_TARGET.title': 'Alamat tidak valid',
    'end.INVALID_TARGET.description': 'Nomor atau alamat ini tidak dapat dihubungi. Periksa, lalu coba lagi.',
    'end.CONNECTION_ERROR.title': 'Tidak ada koneksi',
    'end.CONNECTION_ERROR.description':
      'Layanan telepon tidak dapat dijangkau. Periksa koneksi internet Anda, lalu coba lagi.',
    'end.REQUEST_TIMEOUT.title': 'Tidak ada respons',
    'end.REQUEST_TIMEOUT.description': 'Layanan telepon tidak merespons tepat waktu. Silakan coba lagi sebentar lagi.',
    'end.SIP_FAILURE_CODE.title': 'Panggilan gagal',
    'end.SIP_FAILURE_CODE.description':
      'Panggilan tidak dapat diselesaikan. Jika hal ini terus terjadi, hubungi tim dukungan Anda.',
    'end.BUSY.title': 'Sedang sibuk',
    'end.BUSY.description': 'Orang yang Anda hubungi sedang sibuk. Coba lagi nanti atau kirimkan pesan kepadanya.',
    'end.REJECTED.title': 'Tidak dapat menerima',
    'end.REJECTED.description':
      'Orang yang Anda hubungi tidak dapat menerima panggilan Anda saat ini. Anda dapat mengirimkan pesan kepadanya.',
    'end.REDIRECTED.title': 'Panggilan dialihkan',
    'end.REDIRECTED.description': 'Orang ini dapat dihubungi di alamat lain. Pilih salah satu untuk dihubungi.',
    'end.UNAVAILABLE.title': 'Tidak tersedia',
    'end.UNAVAILABLE.description': 'Orang yang Anda hubungi sedang tidak dapat dihubungi. Coba lagi nanti.',
    'end.NOT_FOUND.title': 'Nomor tidak ditemukan',
    'end.NOT_FOUND.description': 'Nomor atau alamat ini tidak terdaftar. Periksa, lalu coba lagi.',
    'end.ADDRESS_INCOMPLETE.title': 'Nomor tidak lengkap',
    'end.ADDRESS_INCOMPLETE.description': 'Nomor atau alamat tampaknya kurang lengkap. Periksa, lalu coba lagi.',
    'end.INCOMPATIBLE_SDP.title': 'Pengaturan panggilan tidak cocok',
    'end.INCOMPATIBLE_SDP.description':
      'Perangkat Anda dan pihak lain tidak dapat menyepakati pengaturan audio atau video.',
    'end.AUTHENTICATION_ERROR.title': 'Gagal masuk',
    'end.AUTHENTICATION_ERROR.description':
      'Layanan telepon tidak menerima kredensial Anda. Masukkan lagi kredensial Anda untuk menelepon.',
    'end.BYE.title': 'Panggilan berakhir',
    'end.BYE.description': 'Anda mengakhiri panggilan.',
    'end.CANCELED.title': 'Panggilan dibatalkan',
    'end.CANCELED.description': 'Anda membatalkan panggilan sebelum dijawab.',
    'end.NO_ANSWER.title': 'Tidak dijawab',
    'end.NO_ANSWER.description':
      'Orang yang Anda hubungi tidak menjawab. Coba lagi nanti atau kirimkan pesan kepadanya.',
    'end.EXPIRES.title': 'Waktu panggilan habis',
    'end.EXPIRES.description': 'Panggilan berhenti berdering sebelum dijawab.',
    'end.NO_ACK.title': 'Panggilan terputus',
    'end.NO_ACK.description': 'Panggilan sudah dijawab, tetapi koneksi tidak dapat diselesaikan.',
    'end.NO_PRACK.title': 'Gagal menyiapkan panggilan',
    'end.NO_PRACK.description': 'Pihak lain berhenti merespons saat panggilan sedang disiapkan.',
    'end.USER_DENIED_MEDIA_ACCESS.title': 'Mikrofon diblokir',
    'end.USER_DENIED_MEDIA_ACCESS.description':
      'Panggilan memerlukan mikrofon Anda. Izinkan akses ke mikrofon, lalu coba lagi.',
    'end.WEBRTC_NOT_SUPPORTED.title': 'Panggilan tidak didukung',
    'end.WEBRTC_NOT_SUPPORTED.description':
      'Browser ini tidak dapat melakukan panggilan. Coba gunakan browser versi terbaru.',
    'end.RTP_TIMEOUT.title': 'Koneksi audio terputus',
    'end.RTP_TIMEOUT.description': 'Koneksi audio gagal. Periksa jaringan Anda, lalu telepon lagi.',
    'end.BAD_MEDIA_DESCRIPTION.title': 'Gagal menyiapkan panggilan',
    'end.BAD_MEDIA_DESCRIPTION.description':
      'Pihak lain mengirim pengaturan panggilan yang tidak dapat digunakan perangkat Anda.',
    'end.DIALOG_ERROR.title': 'Panggilan terganggu',
    'end.DIALOG_ERROR.description': 'Panggilan berhenti merespons. Coba telepon lagi.',
    'end.COMPLETED_ELSEWHERE.title': 'Dijawab di perangkat lain',
    'end.COMPLETED_ELSEWHERE.description': 'Panggilan ini sudah dijawab di salah satu perangkat Anda yang lain.',

    'end.UNKNOWN.title': 'Panggilan berakhir',
    'end.UNKNOWN.description': 'Panggilan ini telah berakhir.',
    'end.BYE_REMOTE.title': 'Panggilan berakhir',
    'end.BYE_REMOTE.description': 'Lawan bicara Anda mengakhiri panggilan.',
    'end.MISSED.title': 'Panggilan tak terjawab',
    'end.MISSED.description': 'Anda melewatkan sebuah panggilan. Anda dapat menelepon balik.',
    'end.DECLINED_LOCAL.title': 'Panggilan ditolak',
    'end.DECLINED_LOCAL.description': 'Anda menolak panggilan ini.',
    'end.FORBIDDEN.title': 'Panggilan tidak diizinkan',
    'end.FORBIDDEN.description':
      'Akun Anda tidak diizinkan melakukan panggilan ini. Hubungi administrator jika Anda memerlukannya.',
    'end.UNWANTED.title': 'Panggilan tidak diterima',
    'end.UNWANTED.description': 'Orang yang Anda hubungi memilih untuk tidak menerima panggilan ini.',
    'end.BLOCKED.title': 'Panggilan diblokir',
    'end.BLOCKED.description':
      'Layanan jaringan memblokir panggilan ini. Jika menurut Anda ini keliru, hubungi penyedia layanan Anda.',
    'end.SERVER_ERROR.title': 'Masalah layanan',
    'end.SERVER_ERROR.description':
      'Layanan telepon mengalami masalah saat menyambungkan panggilan. Silakan coba lagi sebentar lagi.',

    'action.retry': 'Telepon lagi',
    'action.retryCountdown': { other: 'Telepon lagi dalam {count} detik' },
    'action.messageBack': 'Kirim pesan',
    'action.callRedirectTarget': 'Telepon {target}',
    'action.editTarget': 'Ubah alamat',
    'action.authenticate': 'Masukkan kredensial',
    'action.grantMedia': 'Izinkan mikrofon',
    'action.callBack': 'Telepon balik',
    'action.dismiss': 'Tutup',
    'help.grantMedia':
      'Buka setelan situs di browser Anda (ikon di samping bilah alamat), izinkan mikrofon, lalu telepon lagi.',

    'messageBack.label': 'Pesan',
    'messageBack.defaultText': 'Saya mencoba menelepon Anda. Mohon telepon saya kembali jika ada waktu.',
    'messageBack.send': 'Kirim',
    'messageBack.cancel': 'Batal',
    'messageBack.sending': 'Mengirim…',
    'messageBack.sent': 'Pesan terkirim.',
    'messageBack.failed': 'Pesan tidak dapat dikirim.',

    'details.summary': 'Rincian',
    'details.status': 'Status SIP',
    'details.reasonPhrase': 'Frasa alasan',
    'details.q850': 'Penyebab Q.850',
    'details.warning': 'Peringatan',
    'details.retryAfter': { other: 'Anda dapat menelepon lagi dalam {count} detik.' },

    'q850.1': 'Nomor tidak dialokasikan',
    'q850.16': 'Pemutusan panggilan normal',
    'q850.17': 'Pengguna sibuk',
    'q850.18': 'Tidak ada pengguna yang merespons',
    'q850.19': 'Tidak ada jawaban dari pengguna',
    'q850.20': 'Pelanggan tidak ada di tempat',
    'q850.21': 'Panggilan ditolak',
    'q850.22': 'Nomor berubah',
    'q850.27': 'Tujuan tidak berfungsi',
    'q850.28': 'Format nomor tidak valid',
    'q850.31': 'Normal, tidak ditentukan',
    'q850.34': 'Tidak ada sirkuit yang tersedia',
    'q850.38': 'Jaringan tidak berfungsi',
    'q850.41': 'Kegagalan sementara',
    'q850.102': 'Pemulihan setelah pewaktu habis',
    'q850.127': 'Antarkerja jaringan, tidak ditentukan',
  },
};

export default idID;
