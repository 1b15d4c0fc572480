// The shops' shared test configuration (shop-common).
export { default } from 'shop-common/vitest.config';
