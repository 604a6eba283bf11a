// Words too common to say what a draft is about, in English and French, folded the way search terms are
// (lower case, no accents). Elided French forms ("l'", "qu'") arrive here as single letters or "qu".
const WORDS = `
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having
he her here hers herself him himself his how i if in into is it its itself just let me more most my myself
no nor not now of off on once only or other our ours ourselves out over own same she should so some such
than that the their theirs them themselves then there these they this those through to too under until up
very was we were what when where which while who whom why will with would you your yours yourself
yourselves im ive its thats were weve dont cant wont get got us re ll ve

au aux avec ce ces cet cette dans de des du elle elles en et eux il ils je la le les leur leurs lui ma mais
me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu
un une vos votre vous c d j l m n s t y ete etre avoir ai as avons avez ont est sont suis es etes etait
tres plus moins aussi comme donc ni car si sans sous chez entre vers cela ceci ca tout tous toute toutes
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
