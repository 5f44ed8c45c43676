import type { CallStatusLocale } from '../types';

/** Greek (Greece). */
export const elGR: CallStatusLocale = {
  tag: 'el-GR',
  messages: {
    label: 'Κατάσταση κλήσης',
    'phase.idle': 'Έτοιμο για κλήση',
    'phase.calling': 'Κλήση…',
    'phase.ringing': 'Κουδουνίζει… {elapsed}',
    'phase.incoming': 'Εισερχόμενη κλήση… {elapsed}',
    'phase.connected': 'Σε κλήση {duration}',
    'phase.ending': 'Τερματισμός κλήσης…',
    'phase.ended': 'Η κλήση τερματίστηκε',
    'connection.lost': 'Η σύνδεση χάθηκε. Η κλήση μπορεί να συνεχιστεί, αλλά ίσως δεν μπορείτε να τη διαχειριστείτε.',

    'end.INVALID_TARGET.title': 'Μη έγκυρη διεύθυνση',
    'end.INVALID_TARGET.description':
      'Δεν είναι δυνατή η κλήση αυτού του αριθμού ή της διεύθυνσης. Ελέγξτε τα στοιχεία και δοκιμάστε ξανά.',
    'end.CONNECTION_ERROR.title': 'Χωρίς σύνδεση',
    'end.CONNECTION_ERROR.description':
      'Δεν ήταν δυνατή η σύνδεση με την υπηρεσία τηλεφωνίας. Ελέγξτε τη σύνδεσή σας στο διαδίκτυο και δοκιμάστε ξανά.',
    'end.REQUEST_TIMEOUT.title': 'Η υπηρεσία δεν αποκρίνεται',
    'end.REQUEST_TIMEOUT.description': 'Η υπηρεσία τηλεφωνίας δεν απάντησε εγκαίρως. Δοκιμάστε ξανά σε λίγο.',
    'end.SIP_FAILURE_CODE.title': 'Αποτυχία κλήσης',
    'end.SIP_FAILURE_CODE.description':
      'Δεν ήταν δυνατή η ολοκλήρωση της κλήσης. Αν το πρόβλημα επιμένει, επικοινωνήστε με την ομάδα υποστήριξης.',
    'end.BUSY.title': 'Κατειλημμένο',
    'end.BUSY.description': 'Το άτομο που καλέσατε είναι απασχολημένο. Δοκιμάστε αργότερα ή στείλτε του ένα μήνυμα.',
    'end.REJECTED.title': 'Δεν απαντήθηκε',
    'end.REJECTED.description':
      'Το άτομο που καλέσατε δεν μπορεί να απαντήσει αυτήν τη στιγμή. Μπορείτε να του στείλετε ένα μήνυμα.',
    'end.REDIRECTED.title': 'Προώθηση κλήσης',
    'end.REDIRECTED.description':
      'Μπορείτε να επικοινωνήσετε με αυτό το άτομο σε άλλη διεύθυνση. Επιλέξτε μία για να καλέσετε.',
    'end.UNAVAILABLE.title': 'Μη διαθέσιμο',
    'end.UNAVAILABLE.description': 'Το άτομο που καλέσατε δεν είναι διαθέσιμο αυτήν τη στιγμή. Δοκιμάστε αργότερα.',
    'end.NOT_FOUND.title': 'Ο αριθμός δεν βρέθηκε',
    'end.NOT_FOUND.description': 'Αυτός ο αριθμός ή η διεύθυνση δεν υπάρχει. Ελέγξτε τα στοιχεία και δοκιμάστε ξανά.',
    'end.ADDRESS_INCOMPLETE.title': 'Ελλιπής αριθμός',
    'end.ADDRESS_INCOMPLETE.description':
      'Φαίνεται ότι λείπει κάτι από τον αριθμό ή τη διεύθυνση. Ελέγξτε τα στοιχεία και δοκιμάστε ξανά.',
    'end.INCOMPATIBLE_SDP.title': 'Ασύμβατες ρυθμίσεις',
    'end.INCOMPATIBLE_SDP.description':
      'Η συσκευή σας και η άλλη πλευρά δεν μπόρεσαν να συμφωνήσουν σε ρυθμίσεις ήχου ή βίντεο.',
    'end.AUTHENTICATION_ERROR.title': 'Αποτυχία ταυτοποίησης',
    'end.AUTHENTICATION_ERROR.description':
      'Η υπηρεσία τηλεφωνίας δεν αποδέχτηκε τα διαπιστευτήριά σας. Εισαγάγετέ τα ξανά για να καλέσετε.',
    'end.BYE.title': 'Η κλήση τερματίστηκε',
    'end.BYE.description': 'Τερματίσατε την κλήση.',
    'end.CANCELED.title': 'Η κλήση ακυρώθηκε',
    'end.CANCELED.description': 'Ακυρώσατε την κλήση πριν απαντηθεί.',
    'end.NO_ANSWER.title': 'Δεν απαντά',
    'end.NO_ANSWER.description': 'Το άτομο που καλέσατε δεν απάντησε. Δοκιμάστε αργότερα ή στείλτε του ένα μήνυμα.',
    'end.EXPIRES.title': 'Λήξη χρόνου',
    'end.EXPIRES.description': 'Η κλήση σταμάτησε να κουδουνίζει πριν απαντηθεί.',
    'end.NO_ACK.title': 'Η κλήση έπεσε',
    'end.NO_ACK.description': 'Η κλήση απαντήθηκε, αλλά δεν ήταν δυνατή η ολοκλήρωση της σύνδεσης.',
    'end.NO_PRACK.title': 'Η κλήση δεν συνδέθηκε',
    'end.NO_PRACK.description': 'Η άλλη πλευρά σταμάτησε να αποκρίνεται ενώ η κλήση συνδεόταν.',
    'end.USER_DENIED_MEDIA_ACCESS.title': 'Το μικρόφωνο αποκλείστηκε',
    'end.USER_DENIED_MEDIA_ACCESS.description':
      'Για τις κλήσεις χρειάζεται το μικρόφωνό σας. Επιτρέψτε την πρόσβαση και δοκιμάστε ξανά.',
    'end.WEBRTC_NOT_SUPPORTED.title': 'Οι κλήσεις δεν υποστηρίζονται',
    'end.WEBRTC_NOT_SUPPORTED.description':
      'Αυτό το πρόγραμμα περιήγησης δεν μπορεί να πραγματοποιήσει κλήσεις. Δοκιμάστε ένα ενημερωμένο πρόγραμμα περιήγησης.',
    'end.RTP_TIMEOUT.title': 'Η σύνδεση ήχου χάθηκε',
    'end.RTP_TIMEOUT.description': 'Η σύνδεση ήχου απέτυχε. Ελέγξτε το δίκτυό σας και καλέστε ξανά.',
    'end.BAD_MEDIA_DESCRIPTION.title': 'Η κλήση δεν συνδέθηκε',
    'end.BAD_MEDIA_DESCRIPTION.description':
      'Η άλλη πλευρά έστειλε ρυθμίσεις κλήσης που η συσκευή σας δεν μπορεί να χρησιμοποιήσει.',
    'end.DIALOG_ERROR.title': 'Η κλήση διακόπηκε',
    'end.DIALOG_ERROR.description': 'Η κλήση σταμάτησε να αποκρίνεται. Δοκιμάστε να καλέσετε ξανά.',
    'end.COMPLETED_ELSEWHERE.title': 'Απαντήθηκε σε άλλη συσκευή',
    'end.COMPLETED_ELSEWHERE.description': 'Η κλήση απαντήθηκε σε μία από τις άλλες συσκευές σας.',

    'end.UNKNOWN.title': 'Η κλήση τερματίστηκε',
    'end.UNKNOWN.description': 'Αυτή η κλήση έχει τερματιστεί.',
    'end.BYE_REMOTE.title': 'Η κλήση τερματίστηκε',
    'end.BYE_REMOTE.description': 'Ο συνομιλητής σας τερμάτισε την κλήση.',
    'end.MISSED.title': 'Αναπάντητη κλήση',
    'end.MISSED.description': 'Έχετε μια αναπάντητη κλήση. Μπορείτε να καλέσετε πίσω.',
    'end.DECLINED_LOCAL.title': 'Η κλήση απορρίφθηκε',
    'end.DECLINED_LOCAL.description': 'Απορρίψατε την κλήση.',
    'end.FORBIDDEN.title': 'Η κλήση δεν επιτρέπεται',
    'end.FORBIDDEN.description':
      'Ο λογαριασμός σας δεν έχει δικαίωμα να πραγματοποιήσει αυτήν την κλήση. Αν τη χρειάζεστε, επικοινωνήστε με τον διαχειριστή σας.',
    'end.UNWANTED.title': 'Μη αποδεκτή κλήση',
    'end.UNWANTED.description': 'Το άτομο που καλέσατε επέλεξε να μη δέχεται αυτήν την κλήση.',
    'end.BLOCKED.title': 'Η κλήση αποκλείστηκε',
    'end.BLOCKED.description':
      'Μια υπηρεσία δικτύου απέκλεισε αυτήν την κλήση. Αν πιστεύετε ότι πρόκειται για λάθος, επικοινωνήστε με τον πάροχό σας.',
    'end.SERVER_ERROR.title': 'Πρόβλημα υπηρεσίας',
    'end.SERVER_ERROR.description':
      'Η υπηρεσία τηλεφωνίας αντιμετώπισε πρόβλημα κατά τη σύνδεση της κλήσης. Δοκιμάστε ξανά σε λίγο.',

    'action.retry': 'Καλέστε ξανά',
    'action.retryCountdown': {
      one: 'Καλέστε ξανά σε {count} δευτερόλεπτο',
      other: 'Καλέστε ξανά σε {count} δευτερόλεπτα',
    },
    'action.messageBack': 'Αποστολή μηνύματος',
    'action.callRedirectTarget': 'Κλήση προς {target}',
    'action.editTarget': 'Επεξεργασία διεύθυνσης',
    'action.authenticate': 'Εισαγωγή διαπιστευτηρίων',
    'action.grantMedia': 'Να επιτρέπεται το μικρόφωνο',
    'action.callBack': 'Επανάκληση',
    'action.dismiss': 'Κλείσιμο',
    'help.grantMedia':
      'Ανοίξτε τις ρυθμίσεις ιστοτόπου στο πρόγραμμα περιήγησης (το εικονίδιο δίπλα στη γραμμή διευθύνσεων), επιτρέψτε το μικρόφωνο και καλέστε ξανά.',

    'messageBack.label': 'Μήνυμα',
    'messageBack.defaultText': 'Προσπάθησα να σας καλέσω. Παρακαλώ καλέστε με όταν μπορείτε.',
    'messageBack.send': 'Αποστολή',
    'messageBack.cancel': 'Ακύρωση',
    'messageBack.sending': 'Αποστολή…',
    'messageBack.sent': 'Το μήνυμα στάλθηκε.',
    'messageBack.failed': 'Δεν ήταν δυνατή η αποστολή του μηνύματος.',

    'details.summary': 'Λεπτομέρειες',
    'details.status': 'Κατάσταση SIP',
    'details.reasonPhrase': 'Φράση αιτίας',
    'details.q850': 'Αιτία Q.850',
    'details.warning': 'Προειδοποίηση',
    'details.retryAfter': {
      one: 'Μπορείτε να καλέσετε ξανά σε {count} δευτερόλεπτο.',
      other: 'Μπορείτε να καλέσετε ξανά σε {count} δευτερόλεπτα.',
    },

    'q850.1': 'Μη εκχωρημένος αριθμός',
    'q850.16': 'Κανονικός τερματισμός κλήσης',
    'q850.17': 'Κατειλημμένος χρήστης',
    'q850.18': 'Κανένας χρήστης δεν αποκρίνεται',
    'q850.19': 'Καμία απάντηση από τον χρήστη',
    'q850.20': 'Απών συνδρομητής',
    'q850.21': 'Απόρριψη κλήσης',
    'q850.22': 'Αλλαγή αριθμού',
    'q850.27': 'Προορισμός εκτός λειτουργίας',
    'q850.28': 'Μη έγκυρη μορφή αριθμού',
    'q850.31': 'Κανονικό, μη καθορισμένο',
    'q850.34': 'Κανένα διαθέσιμο κύκλωμα',
    'q850.38': 'Δίκτυο εκτός λειτουργίας',
    'q850.41': 'Προσωρινή αστοχία',
    'q850.102': 'Ανάκτηση μετά από λήξη χρονομετρητή',
    'q850.127': 'Διαλειτουργία, μη καθορισμένη',
  },
};

export default elGR;
