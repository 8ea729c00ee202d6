import { describe, expect, it } from 'vitest';
import { ORDER, find, rules, span } from './_helpers.ts';

const offp = (t: string) => find(t, 'off-platform-contact');

describe('off-platform-contact: any channel outside Amazon messaging', () => {
  it('social handles and LINE as a channel', () => {
    const t = `${ORDER}Our engineers answer on Instagram too: @brightloop_support.`;
    expect(offp(t).map((f) => span(t, f))).toEqual(expect.arrayContaining(['@brightloop_support']));
    expect(offp(`${ORDER}Add us on Line and we reply within minutes.`)).toHaveLength(1);
    expect(offp(`${ORDER}Our Line ID: @brightloop`)).not.toEqual([]);
    // A handle is not an email address.
    expect(rules(`${ORDER}Find us at @brightloop.shop for videos.`)).not.toContain('email-address');
    expect(rules(`${ORDER}Write to brightloop @gmail.com.`)).toContain('email-address');
  });
  it("the seller's own chat, support page or site as a way to reach them", () => {
    expect(offp(`${ORDER}Our website's chat can walk you through the setup.`)).toHaveLength(1);
    expect(offp(`${ORDER}Contact us through the support page on our site.`)).not.toEqual([]);
    expect(offp(`${ORDER}Kontaktieren Sie uns gern über unsere Webseite.`)).not.toEqual([]);
    expect(offp(`${ORDER}Écrivez-nous sur notre site internet.`)).not.toEqual([]);
    expect(offp(`${ORDER}如有问题,请联系我们的在线客服。`)).not.toEqual([]);
  });
  it('the word "line" in prose and Amazon messages are no channel', () => {
    expect(offp(`${ORDER}The drawing shows a dotted line where to cut.`)).toEqual([]);
    expect(offp(`${ORDER}The hose fits a standard water line; message us here on Amazon if it leaks.`)).toEqual([]);
    expect(offp(`${ORDER}Email: replies reach you right here in Amazon messages.`)).toEqual([]);
  });
  it('Zoom as a channel when capitalised after "on"; "zoom in" is no channel; "erreichbar" reaches', () => {
    expect(offp(`${ORDER}Our fitters are on Zoom every weekday.`)).toHaveLength(1);
    expect(offp(`${ORDER}Please zoom in on the photo of the crack and send it here.`)).toEqual([]);
    expect(offp(`${ORDER}Wir sind auch auf Instagram erreichbar.`)).toHaveLength(1);
  });
  it('LINE in lower case before a Japanese "add" or "official account" is the app', () => {
    expect(offp(`${ORDER}QRコードを読み取ってlineを追加してください。`)).toHaveLength(1);
    expect(offp(`${ORDER}line公式アカウントで最新情報をお届けします。`)).toHaveLength(1);
    expect(offp(`${ORDER}説明書のlineに沿って切ってください。`)).toEqual([]);
  });
});
