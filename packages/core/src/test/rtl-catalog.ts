import { en } from '../messages/en';
import { enPolicyPage } from '../messages/en-page';
import type { Messages, PolicyPageMessages } from '../messages/types';

/**
 * A right-to-left catalog for tests only: Arabic for the strings tests read, English elsewhere.
 * Not shipped: a real Arabic catalog needs a reviewed translation of every string.
 */
export const arTest: Messages = {
  ...en,
  lang: 'ar',
  dir: 'rtl',
  banner: { ...en.banner, title: 'ملفات تعريف الارتباط على هذا الموقع', acceptAll: 'قبول الكل', rejectAll: 'رفض الكل' },
};

/** The same test catalog with the policy page's texts. */
export const arTestPolicyPage: PolicyPageMessages = {
  ...arTest,
  page: { ...enPolicyPage.page, title: 'سياسة ملفات تعريف الارتباط' },
  purposes: enPolicyPage.purposes,
};
