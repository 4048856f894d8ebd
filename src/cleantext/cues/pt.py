"""Portuguese cue phrases, by family: the same kinds of cruft as ``en``, in Portuguese."""

from __future__ import annotations

from . import Cue

# fmt: off
RULES: tuple[Cue, ...] = (
    Cue("navigation.skip_link", "navigation", "drop", r"(?:pular|ir|saltar) para o conteúdo(?: principal)?"),
    Cue("navigation.continues", "navigation", "continues", r"(?:o artigo )?continua (?:abaixo|após a publicidade|depois da publicidade)\W{0,3}|continue lendo (?:abaixo|após a publicidade)\W{0,3}"),
    Cue("navigation.back_to_top", "navigation", "drop", r"(?:voltar ao topo|topo)\W{0,3}"),
    Cue("navigation.menu_label", "navigation", "drop", r"(?:menu(?: principal)?|navegação|pesquisar|buscar|busca|entrar|login|cadastre-se|registar|minha conta|início|página inicial)\W{0,2}"),
    Cue("navigation.site_links", "navigation", "drop", r"(?:(?:termos de uso|política de privacidade|privacidade|contato|contacto|fale conosco|quem somos|expediente|anuncie|mapa do site|política de cookies)(?:\s*[|·•,/]\s*|\s+|$)){2,12}"),
    Cue("share.buttons", "share", "drop", r"(?:compartilhar(?: no \w+)?|partilhar|compartilhe|imprimir|enviar por e-?mail|e-?mail|copiar link|facebook|twitter|whatsapp)(?:\s*+[|·•,/:]?+\s*+(?:compartilhar(?: no \w+)?|partilhar|compartilhe|imprimir|enviar por e-?mail|e-?mail|copiar link|facebook|twitter|whatsapp)){0,12}\s*:?"),
    Cue("share.follow", "share", "drop", r"siga-nos(?: no .{1,60})?\W{0,2}|(?:siga|acompanhe) o .{1,40} no (?:twitter|facebook|instagram)\W{0,2}"),
    Cue("comments.marker", "comments", "end", r"(?:\d+\s+)?(?:comentários?)(?:\s*\(\d+\))?\s*:?|(?:deixe|deixar|escreva|adicionar) (?:um |seu )?comentário\W{0,3}"),
    Cue("comments.none_yet", "comments", "drop", r"(?:nenhum comentário|sem comentários)(?: ainda)?\W{0,4}|seja o primeiro a comentar\W{0,3}"),
    Cue("related.marker", "related", "end", r"(?:notícias|artigos|matérias|posts|postagens|publicações|conteúdos) (?:relacionad[oa]s|recomendad[oa]s|semelhantes)\s*:?|leia (?:também|mais)\W{0,2}|você (?:pode|também pode) gostar\W{0,2}|mais lid[oa]s\W{0,2}|veja também\W{0,2}"),
    Cue("related.inline", "related", "drop", r"(?:leia também|leia mais|veja também|saiba mais)\s*[:|»>]\s*.{3,250}"),
    Cue("newsletter.subscribe", "newsletter", "drop", r"(?:assine|inscreva-se|subscreva|cadastre-se)(?: (?:a|na|no) .{1,60})?\W{0,3}|(?:seu )?e-?mail\W{0,3}|newsletters?\W{0,3}"),
    Cue("newsletter.promo", "newsletter", "drop", r"publicidade|patrocinado|conteúdo patrocinado|continua (?:depois|após) da publicidade\W{0,3}"),
    Cue("footer.rights", "footer", "drop", r".{0,150}\btodos os direitos reservados\b.{0,100}"),
    Cue("media.credit_line", "media", "drop", r"(?:foto|imagem|fotografia|ilustração|fonte)\s*:\s*.{1,100}"),
    Cue("byline.reading_time", "byline", "drop", r"(?:tempo de leitura\s*:?\s*)?\d{1,3}\s*min(?:utos?)?\.?(?: de leitura)?\W{0,2}"),
    Cue("byline.categories", "byline", "drop", r"(?:tags|tópicos|temas|categorias?|assuntos)\s*:\s*.{1,200}"),
)
# fmt: on
