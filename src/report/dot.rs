//! The claim graph in Graphviz DOT: claims are nodes, grouped in one cluster per source;
//! agreements are green edges, refinements blue, updates grey and dashed, conflicts red and
//! bold (possible conflicts orange). Only claims with an edge are drawn: a single-source claim
//! with no relation adds nothing to the picture.

use std::collections::BTreeMap;
use std::fmt::Write;

use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;

use super::{printable, ClaimEntry, LinkEntry, Report};
use crate::value::Relation;

/// A DOT string literal's body.
fn quoted(text: &str) -> String {
    printable(text).replace('\\', "\\\\").replace('"', "\\\"")
}

fn style(relation: Relation) -> &'static str {
    match relation {
        Relation::Agree => "color=green4",
        Relation::Refine => "color=blue",
        Relation::Update => "color=gray50, style=dashed",
        Relation::Conflict => "color=red, penwidth=2.5",
        Relation::PossibleConflict => "color=orange, style=bold",
    }
}

pub fn render_dot(report: &Report) -> String {
    // The graph the report describes, rebuilt over its claim entries.
    let mut graph: UnGraph<&ClaimEntry, &LinkEntry> = UnGraph::default();
    let mut nodes: BTreeMap<&str, NodeIndex> = BTreeMap::new();
    let linked: std::collections::HashSet<&str> = report
        .links
        .iter()
        .flat_map(|l| [l.from.as_str(), l.to.as_str()])
        .collect();
    for c in report.claims.iter().filter(|c| linked.contains(c.id.as_str())) {
        nodes.insert(c.id.as_str(), graph.add_node(c));
    }
    for l in &report.links {
        if let (Some(&a), Some(&b)) = (nodes.get(l.from.as_str()), nodes.get(l.to.as_str())) {
            graph.add_edge(a, b, l);
        }
    }

    let mut out = String::from("graph crosscheck {\n  graph [rankdir=LR, fontname=\"Helvetica\"];\n  node [shape=box, fontname=\"Helvetica\", fontsize=10];\n  edge [fontname=\"Helvetica\", fontsize=9];\n");
    let mut by_source: BTreeMap<&str, Vec<NodeIndex>> = BTreeMap::new();
    for i in graph.node_indices() {
        if let Some(c) = graph.node_weight(i) {
            by_source.entry(c.source.as_str()).or_default().push(i);
        }
    }
    for (n, source) in report.sources.iter().enumerate() {
        let Some(members) = by_source.remove(source.id.as_str()) else {
            continue;
        };
        let _ = writeln!(out, "  subgraph cluster_{n} {{");
        let _ = writeln!(out, "    label=\"{}\";", quoted(&source.path));
        for i in members {
            if let Some(c) = graph.node_weight(i) {
                let _ = writeln!(
                    out,
                    "    \"{}\" [label=\"{}\\n{}\\nline {}\"];",
                    quoted(&c.id),
                    quoted(c.text),
                    quoted(&c.reading),
                    c.line
                );
            }
        }
        out.push_str("  }\n");
    }
    for e in graph.edge_references() {
        let (Some(a), Some(b)) = (graph.node_weight(e.source()), graph.node_weight(e.target())) else {
            continue;
        };
        let link = e.weight();
        let label = match link.relation {
            Relation::Agree | Relation::Refine => String::new(),
            _ => format!(", label=\"{}\"", quoted(&link.rule)),
        };
        let _ = writeln!(
            out,
            "  \"{}\" -- \"{}\" [{}{label}];",
            quoted(&a.id),
            quoted(&b.id),
            style(link.relation)
        );
    }
    out.push_str("}\n");
    out
}
