// Every page feature registers itself (addFeature) when its file is imported.
// Keep this list to one line per file: a test fails when a file in this folder
// is missing here. (Vite's import.meta.glob would make the list implicit, but
// breaks inline CSS imports in WXT's content-script build.)
import './brand-reviews.ts';
import './feedback-manager.ts';
import './contact-buyer.ts';
import './request-review.ts';
import './inbox.ts';
