import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/segment/index.js';

describe('detectLanguage', () => {
  it('tells the CJK languages apart', () => {
    expect(detectLanguage('年，无论对世界还是中国，都是极不平凡的一年。')).toBe('zh');
    expect(detectLanguage('今年は世界にとっても中国にとっても、極めて特別な一年でした。')).toBe('ja');
    expect(detectLanguage('올해는 세계와 중국 모두에게 매우 특별한 한 해였습니다.')).toBe('ko');
    expect(detectLanguage('國務委員兼外交部長王毅接受聯合採訪。')).toBe('zh');
  });

  it('keeps a Chinese text Chinese when it is full of English names', () => {
    expect(detectLanguage('新冠肺炎（COVID-19）疫情期间，WHO 和 UNICEF 都发布了报告。')).toBe('zh');
  });

  it('reads Cyrillic as Russian, or Ukrainian when its letters show', () => {
    expect(detectLanguage('Этот год был необычным для всего мира и для Китая.')).toBe('ru');
    expect(
      detectLanguage('Цей рік був незвичайним для всього світу і для Китаю, їхні зусилля є важливими.'),
    ).toBe('uk');
  });

  it('reads Latin script as English unless frequent words say otherwise', () => {
    expect(detectLanguage('This year was extraordinary for the world and for China.')).toBe('en');
    expect(
      detectLanguage(
        'Dieses Jahr war für die Welt und für China nicht einfach, und es ist noch nicht vorbei.',
      ),
    ).toBe('de');
    expect(
      detectLanguage(
        "Cette année a été extraordinaire pour le monde et pour la Chine, et ce n'est pas fini.",
      ),
    ).toBe('fr');
    expect(
      detectLanguage(
        'Este año fue extraordinario para el mundo y para China, y no es el final de la historia.',
      ),
    ).toBe('es');
    expect(detectLanguage('Paris, Lyon and Marseille are the largest cities of France.')).toBe('en');
  });

  it('knows other scripts', () => {
    expect(detectLanguage('كان هذا العام استثنائيا للعالم وللصين.')).toBe('ar');
    expect(detectLanguage('این سال برای جهان و چین یک سال فوق العاده بود و کارها پیچیده شد.')).toBe('fa');
    expect(detectLanguage('השנה הייתה יוצאת דופן עבור העולם.')).toBe('he');
    expect(detectLanguage('Αυτή η χρονιά ήταν εξαιρετική για τον κόσμο.')).toBe('el');
    expect(detectLanguage('ปีนี้เป็นปีที่ไม่ธรรมดาสำหรับโลก')).toBe('th');
    expect(detectLanguage('यह वर्ष दुनिया के लिए असाधारण था।')).toBe('hi');
  });

  it("says 'und' for text without letters", () => {
    expect(detectLanguage('2021/01/02 10:19')).toBe('und');
    expect(detectLanguage('')).toBe('und');
  });
});
