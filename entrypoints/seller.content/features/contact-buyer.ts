// Contact buyer (/messaging/contact?orderID=…): live warnings on the message,
// with the order id, buyer's language and dates from the page as context.
import type { Feature } from '../feature.ts';
import { watchCompose } from '../compose/controller.ts';
import { SEL } from '../page/selectors.ts';
import { buyerLanguageFrom, datesFrom, orderIdFromUrl } from '../page/compose-context.ts';
import { deepQueryAll } from '../page/shadow.ts';
import { followLang } from '../ui-lang.ts';
import { orderFacts } from '../order-facts.ts';

export const contactBuyer: Feature = ({ send, signal }) => {
  const orderId = orderIdFromUrl(location.href);
  const facts = orderFacts(send, orderId);
  let dates: ReturnType<typeof datesFrom> = {};
  let datesAt = 0;
  let refresh = () => {};
  const lang = followLang(send, signal, () => refresh());
  const watcher = watchCompose({
    doc: document,
    send,
    signal,
    pageKind: 'contact-buyer',
    lang,
    pageContext: () => {
      // Reading the page's text is cheap, but not per keystroke.
      if (Date.now() - datesAt > 2000) {
        dates = datesFrom(document);
        datesAt = Date.now();
      }
      return {
        orderId,
        buyerLanguage: buyerLanguageFrom(document),
        ...dates,
        buyerInitiated: false,
        reviewRequestedBefore: facts.reviewRequestedBefore,
      };
    },
    sentConfirmed: () => deepQueryAll(document, SEL.compose.success).length > 0,
  });
  refresh = watcher.refresh;
  return watcher;
};
