//! The claim graph: claims are nodes; `agrees`, `refines` and `conflicts` edges carry the rule
//! that made them (`crate::check::reason` says why in one line). A fact is a connected
//! component over agreement (agrees and refines) edges.

use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::unionfind::UnionFind;
use petgraph::visit::EdgeRef;

use crate::value::Relation;

#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    pub relation: Relation,
    /// The check rule's code.
    pub rule: String,
    /// A third claim the relation goes through: the duration that two dated events
    /// contradict (CC104).
    pub via: Option<usize>,
}

impl Link {
    /// The link with its claim indices moved by `offset` (a story's claims among the run's).
    pub fn offset(&self, offset: usize) -> Link {
        Link {
            via: self.via.map(|v| v + offset),
            ..self.clone()
        }
    }
}

/// Node `i` is claim `i` of the run.
pub struct ClaimGraph {
    graph: UnGraph<usize, Link>,
}

impl ClaimGraph {
    pub fn new(claims: usize) -> ClaimGraph {
        let mut graph = UnGraph::with_capacity(claims, claims);
        for i in 0..claims {
            graph.add_node(i);
        }
        ClaimGraph { graph }
    }

    pub fn link(&mut self, a: usize, b: usize, link: Link) {
        self.graph.add_edge(NodeIndex::new(a), NodeIndex::new(b), link);
    }

    /// Every edge as (claim, claim, link), lower claim first, in insertion order.
    pub fn links(&self) -> impl Iterator<Item = (usize, usize, &Link)> {
        self.graph.edge_references().map(|e| {
            let (a, b) = (e.source().index(), e.target().index());
            (a.min(b), a.max(b), e.weight())
        })
    }

    /// Groups of claims joined by agreement, each sorted, ordered by their first claim.
    pub fn facts(&self) -> Vec<Vec<usize>> {
        let n = self.graph.node_count();
        let mut sets = UnionFind::new(n);
        for (a, b, link) in self.links() {
            if matches!(link.relation, Relation::Agree | Relation::Refine) {
                sets.union(a, b);
            }
        }
        let mut groups: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
        for i in 0..n {
            groups.entry(sets.find(i)).or_default().push(i);
        }
        let mut facts: Vec<Vec<usize>> = groups.into_values().collect();
        facts.sort_by_key(|f| f.first().copied());
        facts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(relation: Relation) -> Link {
        Link {
            relation,
            rule: "CC101".into(),
            via: None,
        }
    }

    #[test]
    fn facts_are_components_over_agreement_only() {
        let mut g = ClaimGraph::new(4);
        g.link(0, 2, link(Relation::Agree));
        g.link(2, 3, link(Relation::Refine));
        g.link(1, 3, link(Relation::Conflict));
        assert_eq!(g.facts(), vec![vec![0, 2, 3], vec![1]]);
    }
}
