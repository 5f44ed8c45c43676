import arAE from '../src/i18n/locales/ar-AE';
import bgBG from '../src/i18n/locales/bg-BG';
import csCZ from '../src/i18n/locales/cs-CZ';
import daDK from '../src/i18n/locales/da-DK';
import deDE from '../src/i18n/locales/de-DE';
import elGR from '../src/i18n/locales/el-GR';
import enGB from '../src/i18n/locales/en-GB';
import esES from '../src/i18n/locales/es-ES';
import esMX from '../src/i18n/locales/es-MX';
import etEE from '../src/i18n/locales/et-EE';
import faIR from '../src/i18n/locales/fa-IR';
import fiFI from '../src/i18n/locales/fi-FI';
import frCA from '../src/i18n/locales/fr-CA';
import frFR from '../src/i18n/locales/fr-FR';
import heIL from '../src/i18n/locales/he-IL';
import hiIN from '../src/i18n/locales/hi-IN';
import hrHR from '../src/i18n/locales/hr-HR';
import huHU from '../src/i18n/locales/hu-HU';
import idID from '../src/i18n/locales/id-ID';
import itIT from '../src/i18n/locales/it-IT';
import jaJP from '../src/i18n/locales/ja-JP';
import koKR from '../src/i18n/locales/ko-KR';
import ltLT from '../src/i18n/locales/lt-LT';
import lvLV from '../src/i18n/locales/lv-LV';
import nbNO from '../src/i18n/locales/nb-NO';
import nlNL from '../src/i18n/locales/nl-NL';
import plPL from '../src/i18n/locales/pl-PL';
import ptBR from '../src/i18n/locales/pt-BR';
import ptPT from '../src/i18n/locales/pt-PT';
import roRO from '../src/i18n/locales/ro-RO';
import ruRU from '../src/i18n/locales/ru-RU';
import skSK from '../src/i18n/locales/sk-SK';
import slSI from '../src/i18n/locales/sl-SI';
import srLatnRS from '../src/i18n/locales/sr-Latn-RS';
import svSE from '../src/i18n/locales/sv-SE';
import thTH from '../src/i18n/locales/th-TH';
import trTR from '../src/i18n/locales/tr-TR';
import ukUA from '../src/i18n/locales/uk-UA';
import viVN from '../src/i18n/locales/vi-VN';
import zhCN from '../src/i18n/locales/zh-CN';
import zhTW from '../src/i18n/locales/zh-TW';
import { type CallStatusLocale, enUSLocale } from '../src/index';

/** Every locale pack the kit ships, in `supportedLocaleTags` order: what the Storybook toolbar offers. */
export const localePacks: readonly CallStatusLocale[] = [
  enUSLocale,
  enGB,
  arAE,
  bgBG,
  csCZ,
  daDK,
  deDE,
  elGR,
  esES,
  esMX,
  etEE,
  faIR,
  fiFI,
  frFR,
  frCA,
  heIL,
  hiIN,
  hrHR,
  huHU,
  idID,
  itIT,
  jaJP,
  koKR,
  ltLT,
  lvLV,
  nbNO,
  nlNL,
  plPL,
  ptBR,
  ptPT,
  roRO,
  ruRU,
  skSK,
  slSI,
  srLatnRS,
  svSE,
  thTH,
  trTR,
  ukUA,
  viVN,
  zhCN,
  zhTW,
];
