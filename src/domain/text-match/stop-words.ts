/**
 * Finnish words that carry no topic: pronouns, conjunctions, "olla" and "ei", common adverbs
 * and postpositions, as written and as base forms (the Voikko path looks up both). IDF would
 * weigh them down anyway; leaving them out keeps `matchedTerms` free of "ja" and "on" and the
 * index smaller.
 */
const STOP_WORDS = new Set(
  `
ja tai sekä että mutta vaan kuin kun jos koska vaikka jotta eli sillä joten mikäli eikä
eivätkä sekään ettei jollei kunnes
olla on ovat oli olivat ollut olleet olisi olisivat ole olen olet olemme olette ollaan oltu
oltiin olleen olevan oleva olevat olevia ollen
ei eivät en et emme ette älä
se sen sitä siitä siihen siinä sille siltä sillä ne niiden niitä niissä niistä niihin niille
niillä niiltä
tämä tämän tätä tässä tästä tähän tällä tältä tälle nämä näiden näitä näissä näistä näihin
näillä näille
tuo tuon tuota tuossa tuosta nuo noiden noita
joka jonka jota jossa josta johon jolla jolle jolta jotka joiden joita joissa joista joihin
joilla joille
mikä minkä mitä missä mistä mihin millä mille miltä mitkä
kuka kenen ketä keitä ketkä
minä minun minua minulla minulle minusta sinä sinun sinua hän hänen häntä hänellä hänelle
häneltä hänestä häneen he heidän heitä heillä heille heiltä heistä heihin me meidän meitä
meillä meille meiltä meistä te teidän teitä teillä teille itse itsensä itseään
oma oman omaa omat omien omia omassa omasta omaan sama saman samaa samat samoja samassa
muu muun muuta muut muiden muita muussa muusta
kaikki kaiken kaikkea kaikkien kaikkia kaikissa kaikille kaikilla moni monen monta monet
monien monia monissa monelle monella useat useiden useita usea useampi useampia useammin
muutama muutaman muutamia jokin jonkin jotain jotakin jotkut joku jonkun joitakin joitain
mikään mitään kukaan ketään kumpikin molemmat molempien toinen toisen toista toiset toisten
myös vain jo vielä nyt sitten niin näin noin siis aina usein paljon paljo vähän yhä entistä
lähes melko aivan kovin liian ehkä esimerkiksi esim mm kuten kanssa ilman yli alle ennen
jälkeen aikana takia vuoksi kautta mukaan osalta lisäksi kuitenkin edelleen erittäin hyvin
enemmän enempi vähemmän eri tms yms jne ym kpl klo mukana ainakin lähinnä jopa juuri vasta
jälleen taas tosin toki siten täten tällöin silloin sitä nykyään tällaista tällaisia
tällainen sellainen sellaisia näitäkin myöskin pitkin kohti kesken luona luokse alla
yllä päällä takana edessä vieressä välissä sisällä
`
    .trim()
    .split(/\s+/),
);

/** True for a lower-cased Finnish stop word, as written or as a base form. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
