// First: asks storage for what the first cards need before any storage item is defined (see early-reads.ts).
import '../../components/popup/early-reads';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../components/theme.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<PopupApp />);
