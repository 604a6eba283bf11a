import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../utils/background/start-background';

export default defineBackground(startBackground);
