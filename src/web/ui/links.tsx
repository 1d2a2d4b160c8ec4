import { Anchor, type AnchorProps, Button, type ButtonProps, NavLink, type NavLinkProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';

// Mantine components rendered as router links: typed `to`/`params`, client-side navigation, real <a> elements.

type AnchorElementProps = AnchorProps & Omit<React.ComponentPropsWithRef<'a'>, keyof AnchorProps | 'color' | 'style'>;
function AnchorAsLink(props: AnchorElementProps) {
  return <Anchor component="a" {...props} />;
}
const CreatedAnchorLink = createLink(AnchorAsLink);
export const AnchorLink: LinkComponent<typeof AnchorAsLink> = (props) => <CreatedAnchorLink preload="intent" {...props} />;

type ButtonElementProps = ButtonProps & Omit<React.ComponentPropsWithRef<'a'>, keyof ButtonProps | 'color' | 'style'>;
function ButtonAsLink(props: ButtonElementProps) {
  return <Button component="a" {...props} />;
}
const CreatedButtonLink = createLink(ButtonAsLink);
export const ButtonLink: LinkComponent<typeof ButtonAsLink> = (props) => <CreatedButtonLink preload="intent" {...props} />;

type NavLinkElementProps = NavLinkProps & Omit<React.ComponentPropsWithRef<'a'>, keyof NavLinkProps | 'color' | 'style'>;
function NavLinkAsLink(props: NavLinkElementProps) {
  return <NavLink component="a" {...props} />;
}
const CreatedNavLink = createLink(NavLinkAsLink);
export const RouterNavLink: LinkComponent<typeof NavLinkAsLink> = (props) => <CreatedNavLink preload="intent" {...props} />;
