export { InsertCheck, type InsertCheckProps } from './InsertCheck.tsx';
